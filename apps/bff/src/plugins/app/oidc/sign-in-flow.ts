import { hkdfSync } from 'node:crypto';
import { Signer } from '@fastify/cookie';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

/**
 * Between /start and /callback the browser carries the flow's secrets itself, so that any replica can
 * finish a sign-in another began. Signed, not encrypted: they are the browser's own secrets; the
 * signature stops a forged cookie (another `next`, a chosen state) from being accepted.
 */
export const FLOW_COOKIE = 'porthole_oidc_flow';
/** Long enough to type a password and answer a second factor at the provider. */
export const FLOW_TTL_SECONDS = 600;

const SignInFlow = Type.Object({
  codeVerifier: Type.String({ minLength: 43 }),
  state: Type.String({ minLength: 1 }),
  nonce: Type.String({ minLength: 1 }),
  /** Where to go after signing in: a same-origin path. */
  next: Type.String({ pattern: '^/' }),
  expiresAt: Type.Integer(),
});
export type SignInFlow = Static<typeof SignInFlow>;

export interface FlowCookieCodec {
  seal(flow: SignInFlow): string;
  /** The flow, or null when the cookie is missing, forged, malformed or expired. */
  open(cookie: string | undefined, now: number): SignInFlow | null;
}

/** The signing key comes from the client secret: every replica has it, and nothing else needs storing. */
export function flowCookieCodec(clientSecret: string): FlowCookieCodec {
  const key = Buffer.from(hkdfSync('sha256', clientSecret, 'porthole', 'oidc sign-in flow cookie', 32));
  const signer = new Signer(key);
  return {
    seal: (flow) => signer.sign(Buffer.from(JSON.stringify(flow)).toString('base64url')),
    open(cookie, now) {
      if (cookie === undefined) return null;
      const { valid, value } = signer.unsign(cookie);
      if (!valid || value === null) return null;
      let flow: unknown;
      try {
        flow = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
      } catch {
        return null;
      }
      return Value.Check(SignInFlow, flow) && flow.expiresAt > now ? flow : null;
    },
  };
}
