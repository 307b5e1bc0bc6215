/** Where the sign-in button sends the browser; `?next=/path` picks the page to land on afterwards. */
export const OIDC_START_PATH = '/api/auth/oidc/start';
/** Where the provider sends the browser back (PORTHOLE_OIDC_REDIRECT_URL is its public URL). */
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
/** The SPA page that shows `?error=<refusal code>`. */
export const SIGN_IN_PAGE = '/sign-in';
