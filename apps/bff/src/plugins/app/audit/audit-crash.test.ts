// The point of writing the audit entry BEFORE the cloud call: a BFF killed while the call is under
// way still leaves a record of who tried what, where, from where. This runs the real server in a
// child process against an external localcloud whose answers are held back, and kills it mid-call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditPage, InstanceList, SessionInfo } from '@porthole/contract';
import { ADMIN_TOKEN_HEADER, FAULTS_PATH, startLocalcloud, type Localcloud } from '@porthole/localcloud';
import { auditRepository, openDatabase, type AuditEvent } from '@porthole/storage';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBffProcess, type BffProcess } from '../../../testing/bff-process.ts';

const PASSWORD = 'crash-test-admin-password';
const REGION = 'cn-hangzhou';

let dataDir: string;
let localcloud: Localcloud;
let bff: BffProcess | undefined;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'porthole-crash-'));
  localcloud = await startLocalcloud({ timing: 'fast' });
});
afterAll(async () => {
  await bff?.stop('SIGKILL');
  await localcloud.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const startBff = () =>
  startBffProcess({
    HOME: dataDir,
    PORTHOLE_DATA_DIR: dataDir,
    PORTHOLE_ADMIN_PASSWORD: PASSWORD,
    PORTHOLE_CLOUD_ENDPOINT: localcloud.endpoint,
    PORTHOLE_CLOUD_PROTOCOL: 'http',
  });

async function signIn(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'admin', password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ');
  const { csrfToken } = (await response.json()) as SessionInfo;
  return { cookie, 'x-csrf-token': csrfToken };
}

const setLatency = (latencyMs: number) =>
  fetch(`${localcloud.url}${FAULTS_PATH}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', [ADMIN_TOKEN_HEADER]: localcloud.adminToken },
    body: JSON.stringify({ latencyMs }),
  });

async function pendingReboots(): Promise<AuditEvent[]> {
  const db = await openDatabase({ dataDir });
  try {
    return (await auditRepository(db).query({ action: 'instance.reboot', outcome: 'pending' }, { limit: 10 })).events;
  } finally {
    await db.destroy();
  }
}

it('keeps the pending entry of a power action when the BFF dies during the cloud call', { timeout: 60_000 }, async () => {
  bff = await startBff();
  const headers = await signIn(bff.url);
  const list = await fetch(`${bff.url}/api/regions/${REGION}/instances?status=Running`, { headers });
  const [instance] = ((await list.json()) as InstanceList).items;
  if (!instance) throw new Error('the seed world has no running instance');

  // Every cloud answer now takes a minute: the reboot below is still waiting when the BFF is killed.
  expect((await setLatency(60_000)).status).toBe(200);
  const reboot = fetch(`${bff.url}/api/regions/${REGION}/instances/${instance.id}/actions`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'reboot' }),
  }).catch((error: unknown) => error);
  await expect.poll(async () => (await pendingReboots()).length, { timeout: 10_000, interval: 100 }).toBe(1);
  await bff.stop('SIGKILL');
  await reboot;

  const [entry] = await pendingReboots();
  expect(entry).toEqual(
    expect.objectContaining({ userName: 'admin', sourceAddress: '127.0.0.1', regionId: REGION, instanceId: instance.id, outcome: 'pending', completedAt: null }),
  );

  await setLatency(0);
  bff = await startBff();
  const page = await fetch(`${bff.url}/api/audit?action=instance.reboot`, { headers: await signIn(bff.url) });
  expect(page.status).toBe(200);
  expect(((await page.json()) as AuditPage).items).toEqual([expect.objectContaining({ id: entry?.id, outcome: 'pending', instanceId: instance.id })]);
});
