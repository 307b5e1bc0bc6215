import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../config.ts';

const COMPLETE = {
  PORTHOLE_OIDC_ISSUER: 'https://login.example.com/realms/ops',
  PORTHOLE_OIDC_CLIENT_ID: 'porthole',
  PORTHOLE_OIDC_CLIENT_SECRET: 'TESTONLY-config-secret',
  PORTHOLE_OIDC_REDIRECT_URL: 'https://porthole.example.com/api/auth/oidc/callback',
  PORTHOLE_OIDC_ROLE_MAP: 'porthole-admins=admin,ops=operator',
};

describe('single sign-on configuration', () => {
  it('is off when none of its variables is set', () => {
    expect(parseConfig({}).oidc).toBeNull();
  });

  it('reads every variable, with defaults for the label, claim and scopes', () => {
    const { oidc } = parseConfig(COMPLETE);
    expect(oidc).toMatchObject({ clientId: 'porthole', label: 'Single sign-on', roleClaim: 'groups', scopes: 'openid profile' });
    expect(oidc?.issuer.href).toBe('https://login.example.com/realms/ops');
    expect(oidc?.roleMap).toEqual([
      { value: 'porthole-admins', role: 'admin' },
      { value: 'ops', role: 'operator' },
    ]);
  });

  it('names the missing variables when only some are set', () => {
    const partial = { PORTHOLE_OIDC_ISSUER: COMPLETE.PORTHOLE_OIDC_ISSUER, PORTHOLE_OIDC_CLIENT_ID: 'porthole' };
    expect(() => parseConfig(partial)).toThrow(ConfigError);
    expect(() => parseConfig(partial)).toThrow(/PORTHOLE_OIDC_CLIENT_SECRET, PORTHOLE_OIDC_REDIRECT_URL, PORTHOLE_OIDC_ROLE_MAP/);
  });

  it('allows plain http only towards this machine', () => {
    expect(parseConfig({ ...COMPLETE, PORTHOLE_OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.issuer.port).toBe('9000');
    expect(() => parseConfig({ ...COMPLETE, PORTHOLE_OIDC_ISSUER: 'http://login.example.com' })).toThrow(/PORTHOLE_OIDC_ISSUER/);
    expect(() => parseConfig({ ...COMPLETE, PORTHOLE_OIDC_ISSUER: 'http://127.0.0.1.evil.example' })).toThrow(/PORTHOLE_OIDC_ISSUER/);
    expect(() => parseConfig({ ...COMPLETE, PORTHOLE_OIDC_REDIRECT_URL: 'http://porthole.example.com/cb' })).toThrow(/PORTHOLE_OIDC_REDIRECT_URL/);
  });

  it('refuses a role map naming an unknown role', () => {
    expect(() => parseConfig({ ...COMPLETE, PORTHOLE_OIDC_ROLE_MAP: 'ops=root' })).toThrow(/PORTHOLE_OIDC_ROLE_MAP="ops=root"/);
  });
});
