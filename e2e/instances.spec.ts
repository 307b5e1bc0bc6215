import { expect, test, type Page } from '@playwright/test';
import { ADMIN_PASSWORD } from './e2e-env.ts';
import { aRunningLinuxInstance, signIn } from './session.ts';

// One user journey through the foundation: pick a region, find an instance, read its console
// output, reboot it and read the new boot log. Runs against the embedded localcloud.

const region = 'cn-shanghai';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
});

async function consoleText(page: Page): Promise<string> {
  const log = page.getByRole('log', { name: 'Console output' });
  await expect(log).toContainText('login:');
  return (await log.textContent()) ?? '';
}

test('pick a region, find an instance, read its console, reboot it and see a new boot log', async ({ page }) => {
  const target = await aRunningLinuxInstance(page, region);

  await page.goto('/');
  await expect(page.getByText('Local cloud')).toBeVisible();

  await page.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: new RegExp(region) }).click();
  await expect(page).toHaveURL(new RegExp(`/regions/${region}/instances`));

  await page.getByRole('textbox', { name: 'Search instances' }).fill(target.name);
  await page.getByRole('link', { name: target.name, exact: true }).click();
  await expect(page.getByRole('heading', { name: target.name })).toBeVisible();

  await page.getByRole('tab', { name: 'Console output' }).or(page.getByRole('link', { name: 'Console output' })).first().click();
  await expect(page).toHaveURL(new RegExp(`/instances/${target.id}/console`));
  const before = await consoleText(page);

  await page.getByRole('button', { name: 'Reboot', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(target.name);
  await dialog.getByRole('button', { name: 'Reboot', exact: true }).click();
  await expect(dialog, 'the confirmed reboot closes the dialog').toBeHidden();

  // The instance leaves Running, then comes back once the boot has finished.
  await expect(page.getByText(/^(Stopping|Starting)$/).first()).toBeVisible();
  await expect(page.getByText('Running', { exact: true }).first()).toBeVisible({ timeout: 45_000 });

  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    const after = await consoleText(page);
    expect(after).not.toEqual(before);
  }).toPass({ timeout: 30_000 });
});

test('a deep link to a container-group list works and lists containers', async ({ page }) => {
  await page.goto('/regions/cn-hangzhou/container-groups');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
});
