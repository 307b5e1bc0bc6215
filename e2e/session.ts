import { expect, type Page } from '@playwright/test';
import type { InstanceList } from '@porthole/contract';

/** Signs in through the sign-in page, as a person would, and waits for the signed-in shell. */
export async function signIn(page: Page, name: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'User name' }).fill(name);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: `Account: ${name}` })).toBeVisible();
}

export async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Account: ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Porthole' })).toBeVisible();
}

/** A running Linux instance of the region, looked up through the API with the page's session. */
export async function aRunningLinuxInstance(page: Page, region: string): Promise<{ id: string; name: string }> {
  const res = await page.request.get(`/api/regions/${region}/instances?status=Running&pageSize=100`);
  expect(res.ok()).toBe(true);
  const list = (await res.json()) as InstanceList;
  const linux = list.items.find((i) => i.osType === 'linux');
  if (!linux) throw new Error(`the ${region} world has no running Linux instance`);
  return { id: linux.id, name: linux.name };
}
