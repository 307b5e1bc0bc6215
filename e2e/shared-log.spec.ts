import { expect, test, type Browser, type Page } from '@playwright/test';
import type { InstanceList, SessionInfo } from '@porthole/contract';
import { ADMIN_PASSWORD } from './e2e-env.ts';
import { signIn } from './session.ts';

// A console output of over 20,000 lines (the simulator's instance booted with systemd debug logging):
// search it, share lines 100–140 with a note, open the link as a teammate and as an anonymous
// visitor, share it publicly, revoke it and see it gone.

const region = 'ap-southeast-1';
const teammate = { name: 'tina.teammate', password: 'tina-teammate-pass-3' };

async function verboseInstance(page: Page): Promise<{ id: string; name: string }> {
  const list = (await (await page.request.get(`/api/regions/${region}/instances?pageSize=100`)).json()) as InstanceList;
  const found = list.items.find((i) => i.name.includes('kernel-debug'));
  if (!found) throw new Error(`no kernel-debug instance in ${region}`);
  return { id: found.id, name: found.name };
}

async function createTeammate(page: Page): Promise<void> {
  const session = (await (await page.request.get('/api/session')).json()) as SessionInfo;
  const created = await page.request.post('/api/users', {
    data: { ...teammate, role: 'viewer' },
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(created.status()).toBe(201);
}

/** Scrolls the virtualised log until line `n`'s number is rendered, and returns it. */
async function lineNumber(page: Page, n: number) {
  const button = page.getByRole('button', { name: `Line ${n}`, exact: true });
  const log = page.getByRole('log', { name: 'Console output' });
  await expect(async () => {
    if (await button.count() === 0) {
      await log.hover();
      await page.mouse.wheel(0, 400);
    }
    await expect(button).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  return button;
}

async function shareDialog(page: Page, options: { part: string; note: string; visibility: string }): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share console output' });
  await dialog.getByRole('radio', { name: options.part }).check();
  await dialog.getByRole('textbox', { name: 'Note' }).fill(options.note);
  await dialog.getByRole('combobox', { name: 'Visibility' }).click();
  await page.getByRole('option', { name: options.visibility, exact: true }).click();
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/\/shared\/[A-Za-z0-9_-]{40,}$/);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  return link;
}

async function visit(browser: Browser, link: string, as?: { name: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  if (as) await signIn(page, as.name, as.password);
  await page.goto(link);
  return page;
}

test('search a 20,000-line console, share lines 100–140, open the link as teammate and stranger, revoke it', async ({ page, browser }) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await createTeammate(page);
  const target = await verboseInstance(page);

  await page.goto(`/regions/${region}/instances/${target.id}/console`);
  const log = page.getByRole('log', { name: 'Console output' });
  await expect(log).toBeVisible();
  // A console opens at its end, where the boot got to.
  await expect(log).toContainText('login:');

  await page.getByRole('textbox', { name: 'Search log' }).fill('Boot id');
  await expect(page.getByText(/^1 of 1$/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Search log' }).fill('Changed dead -> plugged');
  await expect(page.getByText(/^1 of \d{3,}$/)).toBeVisible();
  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(page.getByText(/^2 of \d{3,}$/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Search log' }).fill('');

  await page.getByRole('button', { name: 'Top', exact: true }).click();
  await (await lineNumber(page, 100)).click();
  await (await lineNumber(page, 140)).click({ modifiers: ['Shift'] });
  const note = 'udev keeps re-plugging vda3 here';
  const teamLink = await shareDialog(page, { part: 'Selected lines 100–140', note, visibility: 'Signed-in teammates' });

  // A teammate sees exactly the snapshot; a stranger is asked to sign in.
  const mate = await visit(browser, teamLink, teammate);
  await expect(mate.getByRole('heading', { name: `Shared console output of ${target.name}` })).toBeVisible();
  await expect(mate.getByText(note)).toBeVisible();
  await expect(mate.getByText(/Shared by admin/)).toBeVisible();
  await expect(mate.getByRole('log', { name: 'Console output' })).toContainText('systemd[1]');
  // The whole log, scrolled to the shared lines at their own numbers.
  await expect(mate.getByText('Lines 100–140 are highlighted.')).toBeVisible();
  await expect(mate.getByRole('button', { name: 'Line 120', exact: true })).toBeVisible();
  const stranger = await visit(browser, teamLink);
  await expect(stranger.getByRole('heading', { name: 'Sign in to see this shared log' })).toBeVisible();

  // A public link opens for anyone.
  const publicLink = await shareDialog(page, { part: 'Whole log', note: 'the whole boot', visibility: 'Anyone with the link' });
  await stranger.goto(publicLink);
  await expect(stranger.getByRole('heading', { name: `Shared console output of ${target.name}` })).toBeVisible();
  await expect(stranger.getByRole('log', { name: 'Console output' })).toBeVisible();
  await expect(stranger.getByRole('link', { name: 'Open instance' })).toHaveCount(0);

  // Revoked: gone at once, for everybody.
  await page.goto('/shares');
  await expect(page.getByRole('heading', { name: 'My shares' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: note });
  await row.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('button', { name: 'Revoke', exact: true }).last().click();
  await expect(row).toContainText('Revoked');
  await mate.reload();
  await expect(mate.getByRole('heading', { name: 'This link is not available' })).toBeVisible();

  await mate.context().close();
  await stranger.context().close();
});
