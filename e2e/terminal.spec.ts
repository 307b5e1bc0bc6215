import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADMIN_PASSWORD } from './e2e-env.ts';
import { signIn } from './session.ts';

// Shells through the BFF relay against localcloud, where a real PTY runs in each instance's sandbox:
// type, resize, lose the network for ten seconds and come back to the same shell, a container's
// shell, and the recording of the first session replayed.

const region = 'cn-shanghai';
// Its Cloud Assistant agent is new enough for Session Manager (2.2.3.256 or later).
const instanceName = 'prod-bastion-01';

async function instanceId(page: Page, name: string): Promise<string> {
  const res = await page.request.get(`/api/regions/${region}/instances?pageSize=100`);
  const list = (await res.json()) as { items: { id: string; name: string }[] };
  const found = list.items.find((i) => i.name === name);
  if (!found) throw new Error(`no instance ${name}`);
  return found.id;
}

/** The text xterm's DOM renderer shows (GPU rendering off). */
function screen(terminal: Locator): Locator {
  return terminal.locator('.xterm-rows');
}

async function type(page: Page, terminal: Locator, line: string): Promise<void> {
  await terminal.getByRole('textbox', { name: 'Terminal input' }).focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

async function sttySize(page: Page, terminal: Locator, marker: string): Promise<string> {
  await type(page, terminal, `echo ${marker} $(stty size)`);
  const line = screen(terminal).getByText(new RegExp(`^${marker} \\d+ \\d+`)).last();
  await expect(line).toBeVisible();
  return (await line.textContent())?.trim() ?? '';
}

test('a shell on a Linux instance survives a network cut, and its recording replays', async ({ page, context }) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  const id = await instanceId(page, instanceName);
  await page.goto(`/regions/${region}/instances/${id}/shell`);
  await page.getByRole('switch', { name: 'GPU rendering' }).uncheck();
  await page.getByRole('button', { name: 'Open shell' }).click();
  const terminal = page.getByRole('region', { name: `Terminal ${instanceName}` });
  await expect(page.getByRole('status').filter({ hasText: /^Connected$/ })).toBeVisible({ timeout: 20_000 });

  await type(page, terminal, 'echo $((6*7))');
  await expect(screen(terminal).getByText(/^42\s*$/)).toBeVisible();

  const before = await sttySize(page, terminal, 'size-a');
  await page.setViewportSize({ width: 900, height: 600 });
  await expect.poll(() => sttySize(page, terminal, 'size-b')).not.toBe(before.replace('size-a', 'size-b'));

  // Ticks keep coming while the page is offline; none may be lost or repeated.
  await type(page, terminal, 'for i in $(seq 1 15); do echo tick-$i; sleep 1; done; echo ticks-done');
  await expect(screen(terminal).getByText('tick-2', { exact: true })).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: /^Reconnecting$/ })).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(10_000);
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: /^Resumed$/ })).toBeVisible({ timeout: 30_000 });
  await expect(screen(terminal).getByText('ticks-done', { exact: true })).toBeVisible({ timeout: 20_000 });
  for (let i = 1; i <= 15; i++) await expect(screen(terminal).getByText(`tick-${i}`, { exact: true })).toHaveCount(1);
  await type(page, terminal, 'history | grep -c "6\\*7"');
  await expect(screen(terminal).getByText(/^1\s*$/)).toBeVisible();

  await page.goto('/recordings');
  await expect(page.getByRole('heading', { name: 'Recordings' })).toBeVisible();
  await page.getByRole('row').filter({ hasText: instanceName }).first().getByRole('button', { name: 'Replay' }).click();
  await expect(page.getByRole('heading', { name: `Recording of ${instanceName}` })).toBeVisible();
  const player = page.getByRole('region', { name: 'Recording player' });
  // The player's start overlay covers it: a click in the middle starts the replay.
  await player.click();
  // The replay shows what the shell printed: the answer typed in the first minute of the session.
  await expect(player.getByText(/^42\s*$/).first()).toBeVisible({ timeout: 30_000 });
});

test('a shell in an ECI container lists its root', async ({ page }) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await page.goto(`/regions/cn-hangzhou/container-groups`);
  const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Open shell', disabled: false }) }).first();
  await row.getByRole('button', { name: 'Open shell' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a shell' });
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  const terminal = page.getByRole('region', { name: /^Terminal / });
  await expect(page.getByRole('status').filter({ hasText: /^Connected$/ })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('switch', { name: 'GPU rendering' }).uncheck();
  await type(page, terminal, 'ls /');
  await expect(screen(terminal).getByText(/\bbin\b.*\betc\b|\betc\b/).first()).toBeVisible();
});
