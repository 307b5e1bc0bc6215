import { describe, expect, it } from 'vitest';
import { readLocalcloudEnv } from './config.ts';

describe('localcloud environment', () => {
  it('defaults to obviously fake keys and no faults', () => {
    const env = readLocalcloudEnv({});
    expect(env.accessKey).toEqual({ accessKeyId: 'LOCALCLOUD-ACCESS-KEY-ID', accessKeySecret: 'localcloud-secret-not-a-real-key' });
    expect(env.faults).toEqual({});
    expect(env.stsKey).toBeUndefined();
    expect(env.port).toBeUndefined();
  });

  it('reads keys, faults, an STS pair and the port', () => {
    const env = readLocalcloudEnv({
      LOCALCLOUD_ACCESS_KEY_ID: 'MYFAKEKEY',
      LOCALCLOUD_ACCESS_KEY_SECRET: 'my-fake-secret',
      LOCALCLOUD_PORT: '9200',
      LOCALCLOUD_THROTTLE_RATE: '0.25',
      LOCALCLOUD_LATENCY_MS: '50',
      LOCALCLOUD_STS_ACCESS_KEY_ID: 'STS.FAKE',
      LOCALCLOUD_STS_ACCESS_KEY_SECRET: 'sts-secret',
      LOCALCLOUD_STS_SECURITY_TOKEN: 'token',
      LOCALCLOUD_STS_EXPIRES_AT: '2030-01-01T00:00:00Z',
      LOCALCLOUD_TIMING: 'fast',
      LOCALCLOUD_SANDBOX_DIR: '/var/tmp/sandboxes',
      LOCALCLOUD_DAILY_INVOCATION_QUOTA: '25',
    });
    expect(env.accessKey.accessKeyId).toBe('MYFAKEKEY');
    expect(env.port).toBe(9200);
    expect(env.faults).toEqual({ throttleRate: 0.25, latencyMs: 50 });
    expect(env.stsKey).toEqual({ accessKeyId: 'STS.FAKE', accessKeySecret: 'sts-secret', securityToken: 'token', expiresAt: Date.parse('2030-01-01T00:00:00Z') });
    expect(env.timing).toBe('fast');
    expect([env.sandboxDir, env.dailyInvocationQuota]).toEqual(['/var/tmp/sandboxes', 25]);
  });

  it.each([
    [{ LOCALCLOUD_PORT: 'http' }, /LOCALCLOUD_PORT must be a port number/],
    [{ LOCALCLOUD_ERROR_RATE: '5' }, /LOCALCLOUD_ERROR_RATE must be a fraction/],
    [{ LOCALCLOUD_TIMING: 'slow' }, /LOCALCLOUD_TIMING must be/],
    [{ LOCALCLOUD_DAILY_INVOCATION_QUOTA: '1.5' }, /LOCALCLOUD_DAILY_INVOCATION_QUOTA must be a whole number/],
    [{ LOCALCLOUD_STS_ACCESS_KEY_ID: 'STS.X' }, /set all of/],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => readLocalcloudEnv(env)).toThrow(message);
  });
});
