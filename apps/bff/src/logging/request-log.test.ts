import { describe, expect, it } from 'vitest';
import { urlForLog } from './request-log.ts';

describe('urlForLog', () => {
  it('hides share tokens in page and API paths', () => {
    expect(urlForLog('/shared/AbC-123_xyz')).toBe('/shared/[redacted]');
    expect(urlForLog('/api/shared/AbC-123_xyz?x=1')).toBe('/api/shared/[redacted]?x=1');
  });

  it('hides the OpenID callback query, keeping the path', () => {
    expect(urlForLog('/api/auth/oidc/callback?code=secret-code&state=s')).toBe('/api/auth/oidc/callback?[redacted]');
  });

  it('leaves other URLs alone', () => {
    expect(urlForLog('/api/regions/cn-hangzhou/instances?name=shared')).toBe('/api/regions/cn-hangzhou/instances?name=shared');
  });
});
