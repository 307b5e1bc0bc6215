import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('applies the defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8080, logLevel: 'info', cloud: { endpoint: undefined }, trustProxy: undefined });
    expect(config.rateLimit).toEqual({ max: 120, windowMs: 60_000 });
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
      PORTHOLE_WEB_DIST: '/srv/web',
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
      rateLimit: { max: 10, windowMs: 1000 },
      webDist: '/srv/web',
      localcloud: { seed: 'demo', stateFile: '/tmp/state.json', timing: 'fast' },
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

  it('refuses a port out of range', () => {
    expect(() => parseConfig({ PORTHOLE_PORT: '70000' })).toThrow(/PORTHOLE_PORT="70000"/);
  });
});
