import type { FastifyInstance } from 'fastify';
import type { OidcConfig } from '../../../plugins/app/oidc/oidc-config.ts';
import oidcSignIn from './oidc-sign-in.ts';
import signInMethods from './sign-in-methods.ts';

export interface SignInRoutesOptions {
  readonly oidc: OidcConfig | null;
}

/** The ways to sign in besides the password form (POST /api/session): single sign-on when configured. */
export default async function signInRoutes(app: FastifyInstance, options: SignInRoutesOptions): Promise<void> {
  await app.register(signInMethods, { oidc: options.oidc });
  if (options.oidc !== null) await app.register(oidcSignIn, { oidc: options.oidc });
}
