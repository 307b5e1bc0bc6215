import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('applies the defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8080, logLevel: 'info', cloud: { endpoint: undefined }, trustProxy: undefined });
    expect(config.rateLimit).toEqual({ max: 120, windowMs: 60_000, signInMax: 20 });
    expect(config.storage).toEqual({ databaseUrl: undefined, dataDir: resolve('data') });
    expect(config.auth).toEqual({
      adminPassword: undefined,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      allowedOrigins: undefined,
      signInLockAfter: 10,
      signInLockMinutes: 15,
    });
    expect(config.webDist).toMatch(/apps\/web\/dist$/);
  });

  it('reads and converts every variable', () => {
    const config = parseConfig({
      PORTHOLE_HOST: '0.0.0.0',
      PORTHOLE_PORT: '9000',
      PORTHOLE_LOG_LEVEL: 'debug',
      PORTHOLE_CLOUD_ENDPOINT: '127.0.0.1:9100',
      PORTHOLE_CLOUD_PROTOCOL: 'http',
      PORTHOLE_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8',
      PORTHOLE_RATE_LIMIT: '10',
      PORTHOLE_RATE_LIMIT_WINDOW_MS: '1000',
      PORTHOLE_SIGN_IN_RATE_LIMIT: '5',
      DATABASE_URL: 'postgres://u:p@db.internal/porthole',
      PORTHOLE_DATA_DIR: '/var/lib/porthole',
      PORTHOLE_ADMIN_PASSWORD: 'a long enough password',
      PORTHOLE_SESSION_IDLE_MINUTES: '10',
      PORTHOLE_SESSION_ABSOLUTE_HOURS: '2',
      PORTHOLE_ALLOWED_ORIGINS: 'https://porthole.example.com/, http://localhost:5173',
      PORTHOLE_SIGN_IN_LOCK_AFTER: '5',
      PORTHOLE_SIGN_IN_LOCK_MINUTES: '60',
      PORTHOLE_WEB_DIST: '/srv/web',
      PORTHOLE_RECORD_INPUT: 'true',
      LOCALCLOUD_SEED: 'demo',
      LOCALCLOUD_STATE_FILE: '/tmp/state.json',
      LOCALCLOUD_TIMING: 'fast',
    });
    expect(config).toEqual({
      host: '0.0.0.0',
      port: 9000,
      logLevel: 'debug',
      cloud: { endpoint: '127.0.0.1:9100', protocol: 'http' },
      trustProxy: ['127.0.0.1', '10.0.0.0/8'],
      rateLimit: { max: 10, windowMs: 1000, signInMax: 5 },
      storage: { databaseUrl: 'postgres://u:p@db.internal/porthole', dataDir: '/var/lib/porthole' },
      recordings: { recordInput: true },
      auth: {
        adminPassword: 'a long enough password',
        sessionIdleMinutes: 10,
        sessionAbsoluteHours: 2,
        allowedOrigins: ['https://porthole.example.com', 'http://localhost:5173'],
        signInLockAfter: 5,
        signInLockMinutes: 60,
      },
      webDist: '/srv/web',
      localcloud: { seed: 'demo', stateFile: '/tmp/state.json', timing: 'fast' },
      oidc: null,
    });
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ PORTHOLE_PORT: '', PORTHOLE_CLOUD_ENDPOINT: ' ' })).toMatchObject({ port: 8080, cloud: { endpoint: undefined } });
  });

  it('names every bad variable with what it expects', () => {
    const parse = () => parseConfig({ PORTHOLE_PORT: 'eighty', PORTHOLE_CLOUD_PROTOCOL: 'ftp', PORTHOLE_CLOUD_ENDPOINT: 'http://x' });
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(/PORTHOLE_PORT="eighty": expected a port number 0-65535/);
    expect(parse).toThrow(/PORTHOLE_CLOUD_PROTOCOL="ftp": expected http or https/);
    expect(parse).toThrow(/PORTHOLE_CLOUD_ENDPOINT="http:\/\/x": expected host:port/);
  });

  it('refuses a rate limit of zero and a proxy list that is not addresses', () => {
    expect(() => parseConfig({ PORTHOLE_RATE_LIMIT: '0' })).toThrow(/PORTHOLE_RATE_LIMIT="0": expected a positive integer/);
    expect(() => parseConfig({ PORTHOLE_TRUST_PROXY: 'true; rm -rf' })).toThrow(/PORTHOLE_TRUST_PROXY="true; rm -rf": expected comma-separated/);
  });

  it('never echoes a secret in its complaint', () => {
    const parse = () => parseConfig({ PORTHOLE_ADMIN_PASSWORD: 'short-pw', DATABASE_URL: 'mysql://u:hunter2@db' });
    expect(parse).toThrow(/PORTHOLE_ADMIN_PASSWORD=\(hidden\): expected a password of at least 12 characters/);
    expect(parse).toThrow(/DATABASE_URL=\(hidden\)/);
    expect(parse).not.toThrow(/short-pw|hunter2/);
  });

  it('resolves the data directory against the working directory and refuses a bad origin list', () => {
    expect(parseConfig({ PORTHOLE_DATA_DIR: 'state' }).storage.dataDir).toBe(resolve('state'));
    expect(() => parseConfig({ PORTHOLE_ALLOWED_ORIGINS: 'porthole.example.com' })).toThrow(/PORTHOLE_ALLOWED_ORIGINS/);
  });

  it('refuses a port out of range', () => {
    expect(() => parseConfig({ PORTHOLE_PORT: '70000' })).toThrow(/PORTHOLE_PORT="70000"/);
  });
});
