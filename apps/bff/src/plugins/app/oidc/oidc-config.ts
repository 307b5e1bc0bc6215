import { Type, type Static, type TObject } from 'typebox';
import { parseRoleMap, type RoleMapping } from './role-mapping.ts';

// http only towards this machine (a provider under test or in development): anywhere else the
// authorization code and the client secret would cross the network in clear text.
const HTTPS_OR_LOOPBACK = '^(https://[^\\s/?#]+|http://(127\\.[0-9.]+|localhost|\\[::1\\])(:[0-9]{1,5})?)([/?#]\\S*)?$';
const ROLE = '(viewer|operator|admin)';
const ROLE_MAP_PATTERN = `^ *[^=, ]+ *= *${ROLE} *(, *[^=, ]+ *= *${ROLE} *)*$`;

/** The environment variables of single sign-on, merged into the BFF's EnvSchema. */
export const OIDC_ENV = {
  PORTHOLE_OIDC_ISSUER: Type.Optional(Type.String({ pattern: HTTPS_OR_LOOPBACK, description: 'the OpenID provider issuer URL: https (http only on a loopback address)' })),
  PORTHOLE_OIDC_CLIENT_ID: Type.Optional(Type.String({ minLength: 1, description: 'the client id registered at the OpenID provider' })),
  PORTHOLE_OIDC_CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1, description: 'the client secret registered at the OpenID provider' })),
  PORTHOLE_OIDC_REDIRECT_URL: Type.Optional(
    Type.String({ pattern: HTTPS_OR_LOOPBACK, description: 'the public URL of /api/auth/oidc/callback: https (http only on a loopback address)' }),
  ),
  PORTHOLE_OIDC_ROLE_MAP: Type.Optional(
    Type.String({ pattern: ROLE_MAP_PATTERN, description: 'comma-separated claim-value=role pairs, e.g. porthole-admins=admin,ops=operator,staff=viewer' }),
  ),
  PORTHOLE_OIDC_ROLE_CLAIM: Type.String({ pattern: '^[A-Za-z0-9_:./-]{1,128}$', default: 'groups', description: 'the name of the claim (a string or a list) that decides the role' }),
  PORTHOLE_OIDC_LABEL: Type.String({ minLength: 1, maxLength: 64, default: 'Single sign-on', description: 'the sign-in button text, up to 64 characters' }),
  PORTHOLE_OIDC_SCOPES: Type.String({ pattern: '^openid( +[A-Za-z0-9_:./-]+)*$', default: 'openid profile', description: 'space-separated scopes starting with openid, e.g. "openid profile groups"' }),
};
type OidcEnv = Static<TObject<typeof OIDC_ENV>>;

// Without any one of these no user could sign in (without a role map, nobody gets a role).
const REQUIRED = ['PORTHOLE_OIDC_ISSUER', 'PORTHOLE_OIDC_CLIENT_ID', 'PORTHOLE_OIDC_CLIENT_SECRET', 'PORTHOLE_OIDC_REDIRECT_URL', 'PORTHOLE_OIDC_ROLE_MAP'] as const;

export interface OidcConfig {
  readonly issuer: URL;
  readonly clientId: string;
  /** Goes to the provider's token endpoint only: never into a response or a log line. */
  readonly clientSecret: string;
  readonly redirectUrl: URL;
  readonly roleClaim: string;
  readonly roleMap: RoleMapping;
  readonly label: string;
  readonly scopes: string;
}

/**
 * Single sign-on is all or nothing: the names of the required variables still unset when some are
 * set (so a typo cannot silently turn it off), else an empty list.
 */
export function missingOidcVariables(env: OidcEnv): string[] {
  const missing = REQUIRED.filter((name) => env[name] === undefined);
  return missing.length === REQUIRED.length ? [] : missing;
}

/** Null when single sign-on is not configured. Call after `missingOidcVariables` found nothing missing. */
export function oidcConfigOf(env: OidcEnv): OidcConfig | null {
  const { PORTHOLE_OIDC_ISSUER: issuer, PORTHOLE_OIDC_CLIENT_ID: clientId, PORTHOLE_OIDC_CLIENT_SECRET: clientSecret } = env;
  const { PORTHOLE_OIDC_REDIRECT_URL: redirectUrl, PORTHOLE_OIDC_ROLE_MAP: roleMap } = env;
  if (issuer === undefined || clientId === undefined || clientSecret === undefined || redirectUrl === undefined || roleMap === undefined) return null;
  return {
    issuer: new URL(issuer),
    clientId,
    clientSecret,
    redirectUrl: new URL(redirectUrl),
    roleClaim: env.PORTHOLE_OIDC_ROLE_CLAIM,
    roleMap: parseRoleMap(roleMap),
    label: env.PORTHOLE_OIDC_LABEL,
    scopes: env.PORTHOLE_OIDC_SCOPES.split(/ +/).join(' '),
  };
}
