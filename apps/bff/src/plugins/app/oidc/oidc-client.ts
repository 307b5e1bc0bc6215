import * as client from 'openid-client';
import type { OidcConfig } from './oidc-config.ts';
import { OidcRefusal } from './oidc-refusals.ts';
import type { SignInFlow } from './sign-in-flow.ts';

export type Claims = Readonly<Record<string, unknown>>;

export interface OidcClient {
  /** A fresh flow's secrets and the provider URL to send the browser to. */
  begin(next: string, now: number, ttlSeconds: number): Promise<{ flow: SignInFlow; authorizationUrl: URL }>;
  /** Redeems the code of `callbackUrl` (checking state, PKCE, nonce and the ID token) and returns the user's claims. */
  finish(callbackUrl: URL, flow: SignInFlow): Promise<Claims>;
}

/**
 * The provider's metadata is discovered on first use, not at start-up, so a provider that is down
 * does not stop the BFF (password sign-in keeps working); a failed discovery is retried next time.
 */
export function oidcClient(config: OidcConfig): OidcClient {
  let discovered: Promise<client.Configuration> | undefined;

  function configuration(): Promise<client.Configuration> {
    discovered ??= client
      .discovery(config.issuer, config.clientId, undefined, client.ClientSecretBasic(config.clientSecret), {
        // The env schema allows http only for a loopback issuer.
        ...(config.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw new OidcRefusal('oidc-unavailable', null, { cause: error });
      });
    return discovered;
  }

  async function userInfo(oidc: client.Configuration, accessToken: string, subject: string): Promise<Claims> {
    if (oidc.serverMetadata().userinfo_endpoint === undefined) return {};
    return client.fetchUserInfo(oidc, accessToken, subject);
  }

  return {
    async begin(next, now, ttlSeconds) {
      const oidc = await configuration();
      const flow: SignInFlow = {
        codeVerifier: client.randomPKCECodeVerifier(),
        state: client.randomState(),
        nonce: client.randomNonce(),
        next,
        expiresAt: now + ttlSeconds * 1000,
      };
      const authorizationUrl = client.buildAuthorizationUrl(oidc, {
        redirect_uri: config.redirectUrl.href,
        scope: config.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return { flow, authorizationUrl };
    },

    async finish(callbackUrl, flow) {
      const oidc = await configuration();
      const tokens = await client
        .authorizationCodeGrant(oidc, callbackUrl, {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        })
        .catch((error: unknown) => {
          throw new OidcRefusal(error instanceof client.AuthorizationResponseError ? 'oidc-denied' : 'oidc-invalid', null, { cause: error });
        });
      const idToken = tokens.claims();
      if (idToken === undefined) throw new OidcRefusal('oidc-invalid');
      // Many providers put profile claims only in the userinfo answer when an access token is issued.
      if (config.roleClaim in idToken && 'preferred_username' in idToken) return idToken;
      const info = await userInfo(oidc, tokens.access_token, idToken.sub).catch((error: unknown) => {
        throw new OidcRefusal('oidc-invalid', null, { cause: error });
      });
      // The signed ID token wins over the userinfo answer where both say something.
      return { ...info, ...idToken };
    },
  };
}
