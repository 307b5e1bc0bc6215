import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultCredentialChain, findCredentials, staticCredentials } from './credentials.ts';

const CHAIN_VARIABLES = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_ROLE_ARN',
  'ALIBABA_CLOUD_OIDC_PROVIDER_ARN',
  'ALIBABA_CLOUD_OIDC_TOKEN_FILE',
  'ALIBABA_CLOUD_PROFILE',
  'ALIBABA_CLOUD_CLI_PROFILE_DISABLED',
  'ALIBABA_CLOUD_CREDENTIALS_FILE',
  'ALIBABA_CLOUD_ECS_METADATA',
  'ALIBABA_CLOUD_ECS_METADATA_DISABLED',
  'ALIBABA_CLOUD_CREDENTIALS_URI',
];

// Every test runs in an empty home, so the machine's own ~/.aliyun or ~/.alibabacloud never count.
let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'porthole-credentials-'));
  for (const name of CHAIN_VARIABLES) vi.stubEnv(name, undefined);
  vi.stubEnv('HOME', home);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(home, { recursive: true, force: true });
});

describe('findCredentials', () => {
  it('finds nothing on a machine without any source', async () => {
    expect(await findCredentials()).toBeUndefined();
  });

  it('takes the environment variables first', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'ENVTESTKEYID');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'env-test-secret');
    const found = await findCredentials();
    expect(found?.source).toBe('chain/env');
    await expect(found?.provider.getCredentials()).resolves.toMatchObject({ accessKeyId: 'ENVTESTKEYID', accessKeySecret: 'env-test-secret' });
  });

  it('reads the aliyun CLI profile', async () => {
    await mkdir(join(home, '.aliyun'));
    const profile = { name: 'default', mode: 'AK', access_key_id: 'CLITESTKEYID', access_key_secret: 'cli-test-secret' };
    await writeFile(join(home, '.aliyun', 'config.json'), JSON.stringify({ current: 'default', profiles: [profile] }));
    const found = await findCredentials();
    expect(found?.source).toBe('chain/cli_profile');
    await expect(found?.provider.getCredentials()).resolves.toMatchObject({ accessKeyId: 'CLITESTKEYID' });
  });

  it('reads the shared credentials file', async () => {
    const file = join(home, 'credentials.ini');
    await writeFile(file, '[default]\ntype = access_key\naccess_key_id = INITESTKEYID\naccess_key_secret = ini-test-secret\n');
    vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_FILE', file);
    const found = await findCredentials();
    expect(found?.source).toBe('chain/profile');
    await expect(found?.provider.getCredentials()).resolves.toMatchObject({ accessKeyId: 'INITESTKEYID' });
  });
});

describe('defaultCredentialChain', () => {
  it('leaves the ECS RAM role out unless a role is named, so nothing probes the metadata service', () => {
    expect(defaultCredentialChain().providerNames).toEqual(['env', 'cli_profile', 'profile']);
    vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA', 'porthole-role');
    expect(defaultCredentialChain().providerNames).toEqual(['env', 'cli_profile', 'profile', 'ecs_ram_role']);
  });

  it('says which sources it tried, never what they contained', async () => {
    await mkdir(join(home, '.aliyun'));
    await writeFile(join(home, '.aliyun', 'config.json'), 'not json, but a secret: cli-secret-in-a-broken-file');
    const failure = await defaultCredentialChain().getCredentials().catch((error: unknown) => error);
    expect(String(failure)).toMatch(/tried: env, cli_profile, profile\)/);
    expect(String(failure)).not.toContain('cli-secret-in-a-broken-file');
  });

  it('scans again after a failure instead of sticking to the last source', async () => {
    const chain = defaultCredentialChain();
    await expect(chain.getCredentials()).rejects.toThrow(/no cloud credentials/);
    const file = join(home, 'credentials.ini');
    await writeFile(file, '[default]\ntype = access_key\naccess_key_id = LATETESTKEYID\naccess_key_secret = late-test-secret\n');
    vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_FILE', file);
    await expect(chain.getCredentials()).resolves.toMatchObject({ accessKeyId: 'LATETESTKEYID' });
  });
});

describe('staticCredentials', () => {
  it('carries a security token when there is one', async () => {
    const keys = { accessKeyId: 'STSTESTKEYID', accessKeySecret: 'sts-test-secret', securityToken: 'sts-test-token' };
    await expect(staticCredentials(keys).getCredentials()).resolves.toMatchObject(keys);
  });
});
