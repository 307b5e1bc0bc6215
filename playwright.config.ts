import { defineConfig } from '@playwright/test';

// End-to-end tests drive the real thing: the built SPA served by the BFF, which runs its embedded
// localcloud (no cloud credentials are given), in Debian's Chromium.
const port = Number(process.env.E2E_PORT ?? 8181);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
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
  webServer: {
    command: 'pnpm --silent --filter @porthole/bff start',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORTHOLE_HOST: '127.0.0.1',
      PORTHOLE_PORT: String(port),
      PORTHOLE_LOG_LEVEL: 'warn',
      // A clean environment: never pick up a developer's real cloud credentials in tests.
      ALIBABA_CLOUD_ACCESS_KEY_ID: '',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: '',
      ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
      ALIBABA_CLOUD_CREDENTIALS_FILE: '/nonexistent',
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    },
  },
});
