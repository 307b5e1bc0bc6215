// Values the Playwright config hands to the servers it starts and the tests read back.
import { fileURLToPath } from 'node:url';

export const MAIN_PORT = Number(process.env.E2E_PORT ?? 8181);
export const CANARY_PORT = MAIN_PORT + 1;
export const CANARY_CLOUD_PORT = MAIN_PORT + 1000;

/** The bootstrap admin's password in both test servers (PORTHOLE_ADMIN_PASSWORD): a test value, not a secret. */
export const ADMIN_PASSWORD = 'e2e-admin-password-not-a-secret';

/**
 * A recognisable, obviously fake key pair. The canary server signs every cloud call with it; the
 * credential-leak test proves neither half ever reaches the browser or the BFF's log.
 */
export const CANARY_KEY_ID = 'CANARYKEYIDMUSTNOTLEAK0042';
export const CANARY_KEY_SECRET = 'canary-secret-must-never-leak-9f27c1';

/** Where the servers write their logs (the canary BFF's log is searched by the leak test). */
export const OUTPUT_DIR = fileURLToPath(new URL('../test-results/e2e-servers', import.meta.url));
