import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { oidcClient } from '../../../plugins/app/oidc/oidc-client.ts';
import type { OidcConfig } from '../../../plugins/app/oidc/oidc-config.ts';
import { OIDC_REFUSALS, OidcRefusal } from '../../../plugins/app/oidc/oidc-refusals.ts';
import { oidcUserFor } from '../../../plugins/app/oidc/oidc-user.ts';
import { safeNextPath } from '../../../plugins/app/oidc/safe-next-path.ts';
import { FLOW_COOKIE, FLOW_TTL_SECONDS, flowCookieCodec } from '../../../plugins/app/oidc/sign-in-flow.ts';
import { OIDC_CALLBACK_PATH, OIDC_START_PATH, SIGN_IN_PAGE } from './oidc-paths.ts';

const StartQuery = Type.Object({ next: Type.Optional(Type.String({ maxLength: 512 })) });

/** The error's kind and message for the log: never the whole object, which may carry a provider response. */
function causeOf(refusal: OidcRefusal): Record<string, unknown> | undefined {
  const { cause } = refusal;
  if (!(cause instanceof Error)) return undefined;
  return { type: cause.name, message: cause.message, ...('code' in cause && typeof cause.code === 'string' ? { code: cause.code } : {}) };
}

/**
 * Single sign-on with the authorization code flow, PKCE, state and nonce. /start sends the browser to
 * the provider with the flow's secrets in a short-lived cookie; /callback checks the provider's
 * answer against them, signs the user in and lands on the page the flow began for.
 */
const oidcSignIn: FastifyPluginAsyncTypebox<{ oidc: OidcConfig }> = async (app, { oidc: config }) => {
  const client = oidcClient(config);
  const flows = flowCookieCodec(config.clientSecret);
  // Lax, not Strict: the callback is a top-level navigation from the provider's site, and a Strict
  // cookie would not come with it. Sent to the callback only.
  const cookieOptions = { httpOnly: true, sameSite: 'lax', path: config.redirectUrl.pathname, secure: config.redirectUrl.protocol === 'https:' } as const;
  const routeConfig = { ...app.signInRateLimit, access: 'public' } as const;

  function refuse(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
    const refusal = error instanceof OidcRefusal ? error : new OidcRefusal('oidc-error', null, { cause: error });
    request.log.warn({ refusal: refusal.code, cause: causeOf(refusal) }, 'single sign-on refused');
    return reply.redirect(`${SIGN_IN_PAGE}?error=${refusal.code}`);
  }

  app.get(OIDC_START_PATH, { schema: { querystring: StartQuery }, config: routeConfig }, async (request, reply) => {
    try {
      const { flow, authorizationUrl } = await client.begin(safeNextPath(request.query.next), app.auth.now().getTime(), FLOW_TTL_SECONDS);
      reply.setCookie(FLOW_COOKIE, flows.seal(flow), { ...cookieOptions, maxAge: FLOW_TTL_SECONDS });
      return reply.redirect(authorizationUrl.href);
    } catch (error) {
      return refuse(request, reply, error);
    }
  });

  app.get(OIDC_CALLBACK_PATH, { config: routeConfig }, async (request, reply) => {
    // One use only: whatever happens next, the flow is over.
    const flow = flows.open(request.cookies[FLOW_COOKIE], app.auth.now().getTime());
    reply.clearCookie(FLOW_COOKIE, cookieOptions);
    try {
      if (flow === null) throw new OidcRefusal('oidc-expired');
      // The provider answered at the public URL; behind a proxy the request's own host may differ.
      const callbackUrl = new URL(config.redirectUrl);
      callbackUrl.search = new URL(request.url, config.redirectUrl).search;
      const claims = await client.finish(callbackUrl, flow);
      const user = await oidcUserFor(claims, config, app.storage.users);
      if (request.authSession) await app.auth.endSession(request, reply);
      await app.auth.startSession(request, reply, user);
      await app.audit.record(request, { action: 'session.sign-in', outcome: 'succeeded', detail: 'oidc' });
      return reply.redirect(flow.next);
    } catch (error) {
      const refusal = error instanceof OidcRefusal ? error : new OidcRefusal('oidc-error', null, { cause: error });
      const { errorCode, detail } = OIDC_REFUSALS[refusal.code];
      await app.audit.record(request, { action: 'session.sign-in', outcome: 'failed', errorCode, detail: `oidc: ${detail}`, userId: null, userName: refusal.userName });
      return refuse(request, reply, refusal);
    }
  });
};

export default oidcSignIn;
