import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD } from './e2e-env.ts';
import { aRunningLinuxInstance, signIn } from './session.ts';

// The SPA under the BFF's Content-Security-Policy: a journey through the pages that must not
// trip it (Ant Design's run-time styles included), then a control showing that a violation
// would have been noticed and that an injected inline script does not run.

const region = 'cn-hangzhou';

interface Violation {
  readonly directive: string;
  readonly blocked: string;
}

test('the app renders an instance and its console output without a CSP violation', async ({ page }) => {
  const violations: Violation[] = [];
  const consoleReports: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) consoleReports.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (violation: Violation) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: Violation) => void }).reportCspViolation;
      void report({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });

  // The sign-in page is the first page every user sees: it is under the same policy.
  await signIn(page, 'admin', ADMIN_PASSWORD);
  const target = await aRunningLinuxInstance(page, region);

  const home = await page.goto('/');
  expect(home?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval';");
  await expect(page.getByText('Local cloud')).toBeVisible();

  await page.goto(`/regions/${region}/instances/${target.id}`);
  await expect(page.getByRole('heading', { name: target.name })).toBeVisible();
  await page.getByRole('tab', { name: 'Console output' }).click();
  await expect(page).toHaveURL(new RegExp(`/instances/${target.id}/console`));
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText('login:');

  expect(violations).toEqual([]);
  expect(consoleReports).toEqual([]);

  // The control: the same listeners catch an inline script the policy blocks.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true';
    document.body.append(script);
  });
  await expect.poll(() => violations.map((violation) => violation.directive)).toEqual(['script-src-elem']);
  expect(await page.evaluate(() => 'injectedScriptRan' in window)).toBe(false);
});
