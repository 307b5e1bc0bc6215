import {
  CLIProfileCredentialsProvider,
  ECSRAMRoleCredentialsProvider,
  EnvironmentVariableCredentialsProvider,
  OIDCRoleArnCredentialsProvider,
  ProfileCredentialsProvider,
  StaticAKCredentialsProvider,
  StaticSTSCredentialsProvider,
  type CredentialsProvider,
} from '@alicloud/credentials';

export type { CredentialsProvider };

type Credentials = Awaited<ReturnType<CredentialsProvider['getCredentials']>>;

/**
 * The default chain of @alicloud/credentials, built by hand for two reasons: its own chain always
 * adds the ECS RAM role provider, which probes the metadata service at 100.100.100.200 (no traffic to
 * non-loopback addresses unless configured), and after a failed first lookup it sticks to the last
 * provider it tried instead of scanning again.
 */
export class CredentialChain implements CredentialsProvider {
  readonly #providers: readonly CredentialsProvider[];
  #found: CredentialsProvider | undefined;

  constructor(providers: readonly CredentialsProvider[]) {
    this.#providers = providers;
  }

  async getCredentials(): Promise<Credentials> {
    if (this.#found) return this.#found.getCredentials();
    for (const provider of this.#providers) {
      try {
        const credentials = await provider.getCredentials();
        this.#found = provider;
        return credentials;
      } catch {
        // Provider messages may quote a config file's content, secrets included: never pass them on.
      }
    }
    throw new Error(`no cloud credentials found (tried: ${this.providerNames.join(', ') || 'nothing'})`);
  }

  /** The sources this chain will try, in order (for diagnostics and tests). */
  get providerNames(): readonly string[] {
    return this.#providers.map((provider) => provider.getProviderName());
  }

  getProviderName(): string {
    return this.#found ? `chain/${this.#found.getProviderName()}` : 'chain';
  }
}

/** A builder throws when its source is not configured at all; that provider is then left out. */
function optional(build: () => CredentialsProvider): CredentialsProvider[] {
  try {
    return [build()];
  } catch {
    return [];
  }
}

/**
 * In order: ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET(/SECURITY_TOKEN); OIDC (RRSA) from ALIBABA_CLOUD_ROLE_ARN,
 * ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE; the aliyun CLI profile
 * (~/.aliyun/config.json); the shared credentials file (ALIBABA_CLOUD_CREDENTIALS_FILE or
 * ~/.alibabacloud/credentials); and the ECS RAM role only when ALIBABA_CLOUD_ECS_METADATA names it.
 */
export function defaultCredentialChain(): CredentialChain {
  // The providers read process.env themselves, so the chain reads it too rather than take an env.
  const roleName = process.env['ALIBABA_CLOUD_ECS_METADATA']?.trim();
  return new CredentialChain([
    ...optional(() => EnvironmentVariableCredentialsProvider.builder().build()),
    ...optional(() => OIDCRoleArnCredentialsProvider.builder().build()),
    ...optional(() => CLIProfileCredentialsProvider.builder().build()),
    ...optional(() => ProfileCredentialsProvider.builder().build()),
    ...(roleName ? optional(() => ECSRAMRoleCredentialsProvider.builder().withRoleName(roleName).build()) : []),
  ]);
}

export interface StaticKeys {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken?: string | undefined;
}

export function staticCredentials(keys: StaticKeys): CredentialsProvider {
  if (keys.securityToken) {
    return StaticSTSCredentialsProvider.builder()
      .withAccessKeyId(keys.accessKeyId)
      .withAccessKeySecret(keys.accessKeySecret)
      .withSecurityToken(keys.securityToken)
      .build();
  }
  return StaticAKCredentialsProvider.builder().withAccessKeyId(keys.accessKeyId).withAccessKeySecret(keys.accessKeySecret).build();
}

export interface FoundCredentials {
  readonly provider: CredentialsProvider;
  /** Which source answered, e.g. chain/env: safe to log, names no key. */
  readonly source: string;
}

/** Resolves the default chain once: undefined when no source has credentials (the BFF then embeds localcloud). */
export async function findCredentials(): Promise<FoundCredentials | undefined> {
  const provider = defaultCredentialChain();
  try {
    await provider.getCredentials();
    return { provider, source: provider.getProviderName() };
  } catch {
    return undefined;
  }
}
