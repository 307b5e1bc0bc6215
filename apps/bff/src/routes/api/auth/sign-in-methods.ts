import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { OidcConfig } from '../../../plugins/app/oidc/oidc-config.ts';
import { contractRoute } from '../../contract-route.ts';
import { OIDC_START_PATH } from './oidc-paths.ts';

/** What the sign-in page offers: always the password form, and single sign-on when configured. */
const signInMethods: FastifyPluginAsyncTypebox<{ oidc: OidcConfig | null }> = async (app, { oidc }) => {
  const methods = { password: true, oidc: oidc === null ? null : { label: oidc.label, startUrl: OIDC_START_PATH } };
  app.route({ ...contractRoute(routes.signInMethods), handler: async () => methods });
};

export default signInMethods;
