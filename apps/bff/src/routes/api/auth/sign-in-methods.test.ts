import { routes } from '@porthole/contract';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../testing/build-test-app.ts';

describe(`GET ${routes.signInMethods.url}`, () => {
  it('offers only the password form when single sign-on is not configured, and has no OIDC routes', async () => {
    const app = await buildTestApp();
    try {
      const response = await app.inject({ method: 'GET', url: routes.signInMethods.url });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ password: true, oidc: null });
      expect(app.hasRoute({ method: 'GET', url: '/api/auth/oidc/start' })).toBe(false);
    } finally {
      await app.close();
    }
  });
});
