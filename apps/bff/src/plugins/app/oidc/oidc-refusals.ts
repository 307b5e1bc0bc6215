import type { ErrorCode, SignInRedirectError } from '@porthole/contract';

/**
 * Every way a single sign-on can fail. The key is the only thing the browser learns
 * (`/sign-in?error=<key>`), so no text from the provider is ever reflected to it; the audit entry gets
 * the contract error code and a short account for admins.
 */
export const OIDC_REFUSALS = {
  'oidc-unavailable': { errorCode: 'INTERNAL', detail: 'the OpenID provider could not be reached' },
  'oidc-expired': { errorCode: 'UNAUTHENTICATED', detail: 'no sign-in in progress, or it took too long' },
  'oidc-denied': { errorCode: 'UNAUTHENTICATED', detail: 'the provider did not sign the user in' },
  'oidc-invalid': { errorCode: 'UNAUTHENTICATED', detail: "the provider's answer did not validate" },
  'oidc-no-role': { errorCode: 'FORBIDDEN', detail: 'no configured role for the user' },
  'oidc-bad-name': { errorCode: 'BAD_REQUEST', detail: 'the user name from the provider is not a valid Porthole user name' },
  'oidc-name-taken': { errorCode: 'USER_NAME_TAKEN', detail: 'another account (local, or of another subject at the provider) has the same name' },
  'oidc-disabled': { errorCode: 'FORBIDDEN', detail: 'the account is disabled' },
  'oidc-error': { errorCode: 'INTERNAL', detail: 'an internal error ended the sign-in' },
} as const satisfies Record<SignInRedirectError, { errorCode: ErrorCode; detail: string }>;

export type OidcRefusalCode = keyof typeof OIDC_REFUSALS;

/** Thrown inside the callback; the route turns it into a redirect and a failed audit entry. */
export class OidcRefusal extends Error {
  override readonly name = 'OidcRefusal';
  readonly code: OidcRefusalCode;
  /** The user name from the provider, when the refusal came after learning it. */
  readonly userName: string | null;

  constructor(code: OidcRefusalCode, userName: string | null = null, options?: ErrorOptions) {
    super(OIDC_REFUSALS[code].detail, options);
    this.code = code;
    this.userName = userName;
  }
}
