import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** The user the provider signs in; tests change the claims between sign-ins. */
export interface TestAccount {
  sub: string;
  preferred_username?: string;
  groups: string[];
}

export interface TestOpenIdProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly account: TestAccount;
  /**
   * Plays the browser at the provider: follows `authorizationUrl` through the (automatically
   * completed) login and consent, and returns the URL the provider sends the browser back to.
   */
  signIn(authorizationUrl: string): Promise<URL>;
  close(): Promise<void>;
}

// Obviously fake, and long and distinctive enough for a leak test to search for.
export const TEST_CLIENT_SECRET = 'TESTONLY-oidc-client-secret-5f2c9a71d4e8';

/**
 * A real OpenID provider (panva's oidc-provider) on 127.0.0.1 with one confidential client. Its login
 * and consent pages are replaced by an interaction that signs `account` in and grants what was asked.
 */
export async function startTestOpenIdProvider(options: { redirectUrl: string }): Promise<TestOpenIdProvider> {
  const account: TestAccount = { sub: 'user-1', preferred_username: 'sso-alice', groups: ['staff'] };
  const clientId = 'porthole-test';
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: TEST_CLIENT_SECRET, redirect_uris: [options.redirectUrl], grant_types: ['authorization_code'], response_types: ['code'] }],
    jwks: { keys: [{ ...signingKey, kid: 'test-key', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], profile: ['preferred_username', 'groups'] },
    findAccount: (_context, id) => (id === account.sub ? { accountId: id, claims: () => ({ ...account }) } : undefined),
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
    // Explicit lifetimes (the defaults print a notice each); the in-memory store's one warning stays.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
  });
  const handle = provider.callback();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!request.url?.startsWith('/interaction/')) return void handle(request, response);
    completeInteraction(request, response).catch((error: unknown) => response.writeHead(500).end(String(error)));
  });

  return {
    issuer,
    clientId,
    clientSecret: TEST_CLIENT_SECRET,
    account,
    signIn: (authorizationUrl) => followToRedirect(authorizationUrl, options.redirectUrl),
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };

  async function completeInteraction(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    const grant = new provider.Grant({ accountId: account.sub, clientId: String(details.params['client_id']) });
    grant.addOIDCScope(String(details.params['scope']));
    const grantId = await grant.save();
    await provider.interactionFinished(request, response, { login: { accountId: account.sub }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }
}

/** A browser's redirect following, with a cookie jar for the provider's own cookies. */
async function followToRedirect(start: string, redirectUrl: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(start);
  for (let hop = 0; hop < 10; hop += 1) {
    if (url.href.startsWith(redirectUrl)) return url;
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { redirect: 'manual', headers: cookie === '' ? {} : { cookie } });
    await response.body?.cancel();
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (location === null) throw new Error(`the provider stopped at ${url.pathname} with ${response.status}`);
    url = new URL(location, url);
  }
  throw new Error('too many redirects at the provider');
}
