import { Type, type Static } from 'typebox';

export const Role = Type.Union([Type.Literal('viewer'), Type.Literal('operator'), Type.Literal('admin')], {
  description: 'viewer: read; operator: also power actions, commands, shells, VNC; admin: also users, share links, audit log',
});
export type Role = Static<typeof Role>;

/** Who may call a route: anyone (public) or a signed-in user with at least this role. */
export const Access = Type.Union([Type.Literal('public'), Role]);
export type Access = Static<typeof Access>;

export const ROLE_RANK: Record<Role, number> = { viewer: 1, operator: 2, admin: 3 };

/** True when `role` is at least `required`. */
export function roleAllows(role: Role, required: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[required];
}

export const RegionId = Type.String({ pattern: '^[a-z]{2}(-[a-z0-9]+)+$', maxLength: 64 });

/** Limits what a user may touch; null parts mean "no limit". */
export const UserScope = Type.Object({
  regions: Type.Union([Type.Array(RegionId, { minItems: 1, maxItems: 32, uniqueItems: true }), Type.Null()], {
    description: 'The only regions the user may see and act in',
  }),
  tag: Type.Union([Type.Object({ key: Type.String({ minLength: 1, maxLength: 128 }), value: Type.String({ maxLength: 128 }) }), Type.Null()], {
    description: 'The only instances the user may see and act on: those carrying this tag',
  }),
});
export type UserScope = Static<typeof UserScope>;

export const AuthSource = Type.Union([Type.Literal('local'), Type.Literal('oidc')]);
export type AuthSource = Static<typeof AuthSource>;

export const SessionUser = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Role,
  scope: UserScope,
  source: AuthSource,
});
export type SessionUser = Static<typeof SessionUser>;

export const SessionInfo = Type.Object({
  user: SessionUser,
  csrfToken: Type.String({ description: 'Send back in the x-csrf-token header of every state-changing request' }),
  idleExpiresAt: Type.String({ description: 'ISO 8601, UTC; moves forward with each request' }),
  absoluteExpiresAt: Type.String({ description: 'ISO 8601, UTC' }),
});
export type SessionInfo = Static<typeof SessionInfo>;

export const UserName = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$', description: 'letters, digits, . _ @ -; up to 64' });
/** Long enough to resist guessing; no other composition rules (NIST SP 800-63B). */
export const NewPassword = Type.String({ minLength: 12, maxLength: 256, description: 'at least 12 characters' });

export const SignInBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
});
export type SignInBody = Static<typeof SignInBody>;

export const ChangePasswordBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
  newPassword: NewPassword,
});
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/** How one may sign in, for the sign-in page (public). */
export const SignInMethods = Type.Object({
  password: Type.Boolean(),
  oidc: Type.Union([Type.Object({ label: Type.String(), startUrl: Type.String() }), Type.Null()]),
});
export type SignInMethods = Static<typeof SignInMethods>;

/** The header the CSRF token travels in. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Why a single sign-on ended back on the sign-in page (`/sign-in?error=<code>`): only the code
 * travels, never the provider's own text.
 */
export const SignInRedirectError = Type.Union([
  Type.Literal('oidc-unavailable'),
  Type.Literal('oidc-expired'),
  Type.Literal('oidc-denied'),
  Type.Literal('oidc-invalid'),
  Type.Literal('oidc-no-role'),
  Type.Literal('oidc-bad-name'),
  Type.Literal('oidc-name-taken'),
  Type.Literal('oidc-disabled'),
  Type.Literal('oidc-error'),
]);
export type SignInRedirectError = Static<typeof SignInRedirectError>;
