import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudError } from '@porthole/cloud';
import type { AuditEntry } from '@porthole/contract';
import { auditRepository, openDatabase, type AuditRepository, type Database } from '@porthole/storage';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { createAuditTrail } from './audit-trail.ts';

const log = pino({ level: 'silent' });
const ada = { id: 'user-ada', name: 'ada', role: 'operator', scope: { regions: null, tag: null }, source: 'local' } as const;
// Only what the trail reads of a request: who and from where.
const requestOf = (user: typeof ada | null) => ({ ip: '192.0.2.7', user }) as unknown as FastifyRequest;
const reboot = { action: 'instance.reboot', regionId: 'cn-hangzhou', instanceId: 'i-one' } as const;

let dir: string;
let db: Kysely<Database>;
let repository: AuditRepository;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'porthole-audit-'));
  db = await openDatabase({ dataDir: dir });
  repository = auditRepository(db);
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const stored = async () => (await repository.query({}, { limit: 10 })).events;

describe('audit trail', () => {
  it('writes a pending entry before the action runs and settles it with the cloud RequestId', async () => {
    const trail = createAuditTrail(repository, log);
    const result = await trail.track(requestOf(ada), reboot, async () => {
      expect(await stored()).toEqual([expect.objectContaining({ ...reboot, outcome: 'pending', userId: 'user-ada', userName: 'ada', sourceAddress: '192.0.2.7' })]);
      return { requestId: 'REQ-OK' };
    });
    expect(result).toEqual({ requestId: 'REQ-OK' });
    expect(await stored()).toEqual([expect.objectContaining({ outcome: 'succeeded', cloudRequestId: 'REQ-OK', errorCode: null, completedAt: expect.any(String) })]);
  });

  it('records a cloud failure with the catalogue code and the cloud RequestId, and rethrows it', async () => {
    const trail = createAuditTrail(repository, log);
    const failure = new CloudError({ kind: 'api', code: 'IncorrectInstanceStatus', message: 'no', operation: 'RebootInstance', requestId: 'REQ-BAD', statusCode: 403 });
    await expect(trail.track(requestOf(ada), reboot, () => Promise.reject(failure))).rejects.toBe(failure);
    expect(await stored()).toEqual([expect.objectContaining({ outcome: 'failed', errorCode: 'CLOUD_INVALID_STATE', cloudRequestId: 'REQ-BAD' })]);
  });

  it('records other failures by their catalogue code, unknown ones as INTERNAL', async () => {
    const trail = createAuditTrail(repository, log);
    await expect(trail.track(requestOf(ada), reboot, () => Promise.reject(new ApiError('OUT_OF_SCOPE')))).rejects.toThrow(ApiError);
    await expect(trail.track(requestOf(ada), reboot, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await stored()).map((entry) => entry.errorCode).sort()).toEqual(['INTERNAL', 'OUT_OF_SCOPE']);
  });

  it('does not run the action when the pending entry cannot be written', async () => {
    const broken: AuditRepository = { ...repository, begin: () => Promise.reject(new Error('disk full')) };
    const run = vi.fn(async () => ({ requestId: 'REQ' }));
    await expect(createAuditTrail(broken, log).track(requestOf(ada), reboot, run)).rejects.toThrow('disk full');
    expect(run).not.toHaveBeenCalled();
  });

  it('still answers with the result when only the completion write fails', async () => {
    const flaky: AuditRepository = { ...repository, complete: () => Promise.reject(new Error('connection lost')) };
    await expect(createAuditTrail(flaky, log).track(requestOf(ada), reboot, async () => ({ requestId: 'REQ' }))).resolves.toEqual({ requestId: 'REQ' });
    expect(await stored()).toEqual([expect.objectContaining({ outcome: 'pending' })]);
  });

  it('records one-shot entries, naming an actor that is not signed in', async () => {
    const trail = createAuditTrail(repository, log);
    const entry = await trail.record(requestOf(null), { action: 'session.sign-in', outcome: 'failed', errorCode: 'INVALID_CREDENTIALS', userName: 'mallory' });
    expect(entry).toEqual(
      expect.objectContaining({ action: 'session.sign-in', userId: null, userName: 'mallory', sourceAddress: '192.0.2.7', outcome: 'failed', errorCode: 'INVALID_CREDENTIALS' }),
    );
    const byServer = await trail.record(null, { action: 'user.create', outcome: 'succeeded', target: 'user:admin', detail: 'first start' });
    expect(byServer).toEqual(expect.objectContaining({ userId: null, userName: null, sourceAddress: 'server', target: 'user:admin', detail: 'first start' }));
  });

  it('tells subscribers of every entry begun, recorded or completed until they dispose', async () => {
    const trail = createAuditTrail(repository, log);
    const heard: AuditEntry[] = [];
    const subscription = trail.subscribe((entry) => heard.push(entry));
    trail.subscribe(() => {
      throw new Error('a broken subscriber');
    });

    const begun = await trail.begin(requestOf(ada), { action: 'instance.start', regionId: 'cn-hangzhou', instanceId: 'i-two' });
    await trail.complete(begun.id, { outcome: 'succeeded' });
    expect(await trail.complete(begun.id, { outcome: 'failed' })).toBeUndefined();
    subscription.dispose();
    await trail.record(requestOf(ada), { action: 'session.sign-out', outcome: 'succeeded' });

    expect(heard.map((entry) => [entry.id, entry.outcome])).toEqual([
      [begun.id, 'pending'],
      [begun.id, 'succeeded'],
    ]);
  });
});
