import { defineConfig } from '@playwright/test';
import { ADMIN_PASSWORD, CANARY_CLOUD_PORT, CANARY_KEY_ID, CANARY_KEY_SECRET, CANARY_PORT, MAIN_PORT, OUTPUT_DIR } from './e2e/e2e-env.ts';

// End-to-end tests drive the real thing: the built SPA served by the BFF, in Debian's Chromium.
// Two servers: "main" on its embedded localcloud (no cloud credentials, as `npm start`), and
// "canary" signing with a canary key pair against a separate localcloud, for the leak test.

const serverEnv = { E2E_OUTPUT: OUTPUT_DIR, PORTHOLE_ADMIN_PASSWORD: ADMIN_PASSWORD };

export default defineConfig({
  testDir: './e2e',
  // Playwright empties its output folder before the run, after the servers started: keep them apart.
  outputDir: './test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    // The app turns its animations off for users who ask for less motion; tests ask too, so no
    // click lands on a dialog that is still opening.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'main', testIgnore: /credential-leak/, use: { baseURL: `http://127.0.0.1:${MAIN_PORT}` } },
    { name: 'canary', testMatch: /credential-leak/, use: { baseURL: `http://127.0.0.1:${CANARY_PORT}` } },
  ],
  webServer: [
    {
      command: 'bash scripts/e2e-server.sh main',
      url: `http://127.0.0.1:${MAIN_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...serverEnv, PORTHOLE_PORT: String(MAIN_PORT) },
    },
    {
      command: 'bash scripts/e2e-server.sh canary',
      url: `http://127.0.0.1:${CANARY_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        ...serverEnv,
        PORTHOLE_PORT: String(CANARY_PORT),
        E2E_CANARY_KEY_ID: CANARY_KEY_ID,
        E2E_CANARY_KEY_SECRET: CANARY_KEY_SECRET,
        E2E_CANARY_CLOUD_PORT: String(CANARY_CLOUD_PORT),
      },
    },
  ],
});
