import { randomUUID } from 'node:crypto';
import { percentEncode } from './percent-encode.ts';
import { v1Signature, v1StringToSign } from './signature-v1.ts';
import { sha256Hex, V3_ALGORITHM, v3CanonicalRequest, v3Signature, v3StringToSign } from './signature-v3.ts';

/**
 * A minimal client-side signer, independent of the SDKs, for requests the SDKs will not make:
 * replays, stale timestamps, tampered bodies, GET calls.
 */
export interface SigningKey {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken?: string;
}

/** `yyyy-MM-ddTHH:mm:ssZ`, the only form both schemes document. */
export const wireTimestamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const encodeQuery = (params: Readonly<Record<string, string>>): string =>
  Object.entries(params)
    .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
    .join('&');

export interface V3Request {
  readonly method: 'GET' | 'POST';
  /** The Host header exactly as it will be sent, e.g. `127.0.0.1:9100`. */
  readonly host: string;
  readonly action: string;
  readonly version: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly contentType?: string;
  readonly date?: Date;
  readonly nonce?: string;
}

/** Returns the path with query and the headers to send, Authorization included. */
export function signV3(request: V3Request, key: SigningKey): { path: string; headers: Record<string, string> } {
  const query = request.query ?? {};
  const headers: Record<string, string> = {
    host: request.host,
    'x-acs-action': request.action,
    'x-acs-version': request.version,
    'x-acs-date': wireTimestamp(request.date ?? new Date()),
    'x-acs-signature-nonce': request.nonce ?? randomUUID(),
    'x-acs-content-sha256': sha256Hex(request.body ?? ''),
    ...(request.contentType ? { 'content-type': request.contentType } : {}),
    ...(key.securityToken ? { 'x-acs-security-token': key.securityToken } : {}),
  };
  const signedHeaders = Object.keys(headers);
  const canonical = v3CanonicalRequest({
    method: request.method,
    query: Object.entries(query),
    headers: Object.entries(headers),
    signedHeaders,
    payloadHash: headers['x-acs-content-sha256'] ?? '',
  });
  const signature = v3Signature(key.accessKeySecret, v3StringToSign(canonical));
  headers['authorization'] =
    `${V3_ALGORITHM} Credential=${key.accessKeyId},SignedHeaders=${[...signedHeaders].sort().join(';')},Signature=${signature}`;
  const encoded = encodeQuery(query);
  return { path: encoded ? `/?${encoded}` : '/', headers };
}

export interface V1Request {
  readonly method: 'GET' | 'POST';
  readonly action: string;
  readonly version: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly date?: Date;
  readonly nonce?: string;
}

/** Returns every parameter of the V1 call, `Signature` included, ready for a query string or form body. */
export function signV1(request: V1Request, key: SigningKey): Record<string, string> {
  const params: Record<string, string> = {
    ...request.params,
    Action: request.action,
    Version: request.version,
    Format: 'JSON',
    AccessKeyId: key.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: request.nonce ?? randomUUID(),
    Timestamp: wireTimestamp(request.date ?? new Date()),
    ...(key.securityToken ? { SecurityToken: key.securityToken } : {}),
  };
  return { ...params, Signature: v1Signature(key.accessKeySecret, v1StringToSign(request.method, params)) };
}
