import CredentialsPkg, { type CredentialsProvider } from '@alicloud/credentials';
import EciPkg from '@alicloud/eci20180808';
import EcsPkg from '@alicloud/ecs20140526';
import OpenApiClient from '@alicloud/openapi-client';
import { $OpenApiUtil } from '@alicloud/openapi-core';

// The SDKs are CommonJS: from ESM the default import is the module object, the class is `.default`.
const Credential = CredentialsPkg.default;
export type EcsSdk = InstanceType<typeof EcsPkg.default>;
export type EciSdk = InstanceType<typeof EciPkg.default>;

export interface SdkSettings {
  readonly credentials: CredentialsProvider;
  /** `host:port` for both products (a localcloud); unset = the public per-region endpoints. */
  readonly endpoint: string | undefined;
  readonly protocol: 'http' | 'https';
  readonly connectTimeoutMs: number;
  readonly readTimeoutMs: number;
}

/**
 * One SDK client per product and region, made on first use: both SDKs fix the endpoint (which
 * depends on the region) when the client is built. Signing is left at the SDK default, V3
 * (ACS3-HMAC-SHA256); `signatureAlgorithm: 'v2'` would select the old HMAC-SHA1.
 */
export class SdkClients {
  readonly #settings: SdkSettings;
  readonly #credential: InstanceType<typeof Credential>;
  readonly #ecs = new Map<string, EcsSdk>();
  readonly #eci = new Map<string, EciSdk>();

  constructor(settings: SdkSettings) {
    this.#settings = settings;
    // Neither core falls back to a credential chain by itself: it must be handed one.
    this.#credential = new Credential(null, settings.credentials);
  }

  ecs(regionId: string): EcsSdk {
    let client = this.#ecs.get(regionId);
    if (!client) {
      const { endpoint, protocol, connectTimeoutMs, readTimeoutMs } = this.#settings;
      client = new EcsPkg.default(
        new $OpenApiUtil.Config({
          credential: this.#credential,
          regionId,
          ...(endpoint === undefined ? {} : { endpoint }),
          protocol,
          connectTimeout: connectTimeoutMs,
          readTimeout: readTimeoutMs,
        }),
      );
      this.#ecs.set(regionId, client);
    }
    return client;
  }

  eci(regionId: string): EciSdk {
    let client = this.#eci.get(regionId);
    if (!client) {
      const { endpoint, protocol, connectTimeoutMs, readTimeoutMs } = this.#settings;
      client = new EciPkg.default(
        new OpenApiClient.Config({
          credential: this.#credential,
          regionId,
          // The ECI client has no endpoint map: without an endpoint its constructor throws.
          endpoint: endpoint ?? `eci.${regionId}.aliyuncs.com`,
          protocol,
          connectTimeout: connectTimeoutMs,
          readTimeout: readTimeoutMs,
        }),
      );
      this.#eci.set(regionId, client);
    }
    return client;
  }
}
