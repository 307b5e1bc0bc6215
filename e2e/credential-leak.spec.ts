import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN_PASSWORD, CANARY_KEY_ID, CANARY_KEY_SECRET, OUTPUT_DIR } from './e2e-env.ts';
import { aRunningLinuxInstance, signIn, signOut } from './session.ts';

// Runs against the "canary" server: its BFF signs every cloud call with a recognisable key pair.
// Everything the browser can receive (every response with its headers, every WebSocket frame),
// the built JavaScript and the BFF's own log are searched for either half of the pair.

const region = 'cn-hangzhou';
const WEB_DIST = fileURLToPath(new URL('../apps/web/dist', import.meta.url));

/** The canary as it could appear: plain, URL-encoded, base64. */
const needles = [CANARY_KEY_ID, CANARY_KEY_SECRET].flatMap((value) => [
  value,
  encodeURIComponent(value),
  Buffer.from(value).toString('base64'),
  Buffer.from(value).toString('base64url'),
]);

interface Seen {
  readonly where: string;
  readonly text: string;
}

function record(page: Page, seen: Seen[]): void {
  page.on('response', async (response) => {
    const headers = JSON.stringify(await response.allHeaders());
    const body = await response.text().catch(() => '');
    seen.push({ where: `${response.status()} ${response.url()}`, text: `${headers}\n${body}` });
  });
  page.on('websocket', (socket) => {
    const frame = (direction: string) => (data: { payload: string | Buffer }) => {
      seen.push({ where: `ws ${direction} ${socket.url()}`, text: data.payload.toString() });
    };
    socket.on('framereceived', frame('in'));
    socket.on('framesent', frame('out'));
  });
  page.on('console', (message) => seen.push({ where: 'browser console', text: message.text() }));
}

async function builtFiles(dir: string): Promise<Seen[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ where: file, text: await readFile(file, 'utf8') })));
}

function leaks(seen: readonly Seen[]): string[] {
  return seen.flatMap(({ where, text }) => needles.filter((needle) => text.includes(needle)).map((needle) => `${needle.slice(0, 6)}… in ${where}`));
}

/** The id of a seeded instance by name (the world is the same on every start). */
async function instanceNamed(page: Page, regionId: string, name: string): Promise<string> {
  const list = (await (await page.request.get(`/api/regions/${regionId}/instances?pageSize=100`)).json()) as { items: { id: string; name: string }[] };
  const found = list.items.find((i) => i.name === name);
  if (!found) throw new Error(`no instance ${name} in ${regionId}`);
  return found.id;
}

test('no response, frame, script or BFF log line carries the cloud key id or secret', async ({ page }) => {
  const seen: Seen[] = [];
  record(page, seen);

  await signIn(page, 'admin', ADMIN_PASSWORD);
  const target = await aRunningLinuxInstance(page, region);
  // Every page of the app, each with the cloud calls behind it.
  await page.goto(`/regions/${region}/instances`);
  await expect(page.getByRole('link', { name: target.name, exact: true })).toBeVisible();
  await page.goto(`/regions/${region}/instances/${target.id}`);
  await expect(page.getByRole('heading', { name: target.name })).toBeVisible();
  await page.goto(`/regions/${region}/instances/${target.id}/console`);
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText('login:');
  await page.getByRole('button', { name: 'Reboot', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reboot', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('tab', { name: 'Screenshot' }).click();
  await expect(page.getByRole('img', { name: `Screenshot of ${target.name}` })).toBeVisible();
  // A shell and a command: the BFF keeps the session's signed URL and token to itself; only terminal
  // frames and command results reach the page, and the recording of the session is listed.
  const shellTarget = await instanceNamed(page, region, 'prod-web-02');
  await page.goto(`/regions/${region}/instances/${shellTarget}/shell`);
  await page.getByRole('button', { name: 'Open shell' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Connected$/ })).toBeVisible({ timeout: 20_000 });
  await page.goto(`/regions/${region}/commands`);
  await expect(page.getByRole('heading', { name: 'Commands' })).toBeVisible();
  await page.goto(`/regions/${region}/invocations`);
  await expect(page.getByRole('heading', { name: 'Command runs' })).toBeVisible();
  await page.goto('/recordings');
  await expect(page.getByRole('row').filter({ hasText: 'prod-web-02' }).first()).toBeVisible();
  const csrf = ((await (await page.request.get('/api/session')).json()) as { csrfToken: string }).csrfToken;
  const share = await page.request.post('/api/shares', {
    data: { regionId: region, instanceId: target.id, visibility: 'public' },
    headers: { 'x-csrf-token': csrf },
  });
  expect(share.status()).toBe(201);
  seen.push({ where: 'create share', text: await share.text() });
  await page.goto(((await share.json()) as { url: string }).url);
  await expect(page.getByRole('log', { name: 'Console output' })).toBeVisible();
  await page.goto('/shares');
  await expect(page.getByRole('heading', { name: 'My shares' })).toBeVisible();
  await page.goto(`/regions/${region}/container-groups`);
  await expect(page.getByRole('table')).toBeVisible();
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'instance.reboot' }).first()).toBeVisible();
  await page.getByRole('switch', { name: 'Live' }).click();
  // A cloud call the cloud refuses (starting a running instance), made while the live feed is open:
  // the cloud's error reply travels back through the BFF, and its audit entry through the socket.
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const refused = await page.request.post(`/api/regions/${region}/instances/${target.id}/actions`, {
    data: { action: 'start' },
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(refused.status()).toBe(409);
  seen.push({ where: 'refused start', text: JSON.stringify(refused.headers()) + (await refused.text()) });
  await expect(page.getByRole('row').filter({ hasText: 'instance.start' }).first()).toBeVisible();
  await page.goto('/no-such-page');
  await page.goto('/account');
  await signOut(page, 'admin');

  const log = await readFile(join(OUTPUT_DIR, 'canary-bff.log'), 'utf8');
  const all = [...seen, ...(await builtFiles(WEB_DIST)), { where: 'canary BFF log', text: log }];

  // The search can only pass for the right reason if it looked at something.
  expect(seen.filter((s) => s.where.includes('/api/')).length).toBeGreaterThan(15);
  expect(seen.some((s) => s.where.startsWith('ws in'))).toBe(true);
  expect(log.split('\n').length).toBeGreaterThan(50);
  // The control: the simulator this server talks to accepts only the canary pair, and its own
  // log (not Porthole's) prints it, so the needles are the ones in use and the search finds them.
  const cloudLog = await readFile(join(OUTPUT_DIR, 'canary-localcloud.log'), 'utf8');
  expect(leaks([{ where: 'localcloud log', text: cloudLog }]).length).toBeGreaterThan(0);

  expect(leaks(all)).toEqual([]);
});
