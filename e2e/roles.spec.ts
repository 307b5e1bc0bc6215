import { expect, test, type Page } from '@playwright/test';
import { ADMIN_PASSWORD } from './e2e-env.ts';
import { aRunningLinuxInstance, signIn, signOut } from './session.ts';

// The admin creates an operator and a viewer through the users page; each then signs in and meets
// exactly what their role allows, and the admin finds their actions in the audit log.

const region = 'cn-beijing';
const operator = { name: 'olivia.operator', password: 'olivia-operator-pass-1' };
const viewer = { name: 'victor.viewer', password: 'victor-viewer-pass-22' };

async function createUser(page: Page, user: { name: string; password: string }, role: 'Operator' | 'Viewer'): Promise<void> {
  await page.getByRole('button', { name: 'Create user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await dialog.getByRole('textbox', { name: 'User name' }).fill(user.name);
  await dialog.getByLabel('Password', { exact: true }).fill(user.password);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: role, exact: true }).click();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: user.name })).toBeVisible();
}

async function expectNotAllowed(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
}

test('an admin creates an operator and a viewer, and each may do only what the role allows', async ({ page }) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  const target = await aRunningLinuxInstance(page, region);
  await page.getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  await createUser(page, operator, 'Operator');
  await createUser(page, viewer, 'Viewer');
  await signOut(page, 'admin');

  // The viewer reads, and cannot act or administer.
  await signIn(page, viewer.name, viewer.password);
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await page.goto(`/regions/${region}/instances/${target.id}`);
  await expect(page.getByRole('heading', { name: target.name })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reboot', exact: true })).toBeDisabled();
  await page.getByRole('tab', { name: 'Console output' }).click();
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText('login:');
  await expectNotAllowed(page, '/admin/users');
  await expectNotAllowed(page, '/admin/audit');
  // The server refuses too, whatever the page shows.
  const refused = await page.request.get('/api/users');
  expect(refused.status()).toBe(403);
  await signOut(page, viewer.name);

  // The operator reboots the instance, and still cannot administer.
  await signIn(page, operator.name, operator.password);
  await page.goto(`/regions/${region}/instances/${target.id}`);
  await page.getByRole('button', { name: 'Reboot', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Reboot', exact: true }).click();
  await expect(dialog, 'the confirmed reboot closes the dialog').toBeHidden();
  await expect(page.getByText(/^(Stopping|Starting)$/).first()).toBeVisible();
  await expectNotAllowed(page, '/admin/users');
  await signOut(page, operator.name);

  // The admin sees who did what.
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await page.getByRole('link', { name: 'Audit log' }).click();
  const rebootRow = page.getByRole('row').filter({ hasText: operator.name }).filter({ hasText: 'instance.reboot' });
  await expect(rebootRow).toContainText(target.id);
  await expect(page.getByRole('row').filter({ hasText: 'user.create' }).filter({ hasText: viewer.name })).toBeVisible();
});
