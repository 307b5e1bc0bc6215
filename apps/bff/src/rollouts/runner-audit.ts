import type { Rollout } from '@porthole/storage';
import type { FastifyInstance } from 'fastify';
import { auditFailureOf } from '../plugins/app/audit/audit-failure.ts';
import type { AuditCompletion, AuditSubject } from '../plugins/app/audit.ts';

// What the runner does, it does for the rollout's creator, with no request of theirs in flight.
const RUNNER_ADDRESS = 'server';

const actorOf = (rollout: Rollout) => ({ userId: rollout.createdBy, userName: rollout.createdByName });

/**
 * Like app.audit.track, for the runner: a pending entry in the creator's name BEFORE the cloud call,
 * settled after it (with the cloud's RequestId), so a BFF that dies mid-call still leaves a trace.
 */
export async function trackForCreator<T extends { requestId?: string | undefined }>(
  app: FastifyInstance,
  rollout: Rollout,
  what: AuditSubject,
  run: () => Promise<T>,
): Promise<T> {
  const start = { ...actorOf(rollout), sourceAddress: RUNNER_ADDRESS, regionId: null, instanceId: null, target: null, detail: null, ...what };
  const { id } = await app.storage.audit.begin(start);
  // The call has happened by the time the entry is settled: a failed write must not turn it into a failure.
  const settle = async (completion: AuditCompletion) => {
    try {
      await app.audit.complete(id, completion);
    } catch (error) {
      app.log.error({ err: error, auditId: id }, 'could not complete an audit entry');
    }
  };
  const result = await run().catch(async (error: unknown) => {
    const { errorCode, cloudRequestId } = auditFailureOf(error);
    await settle({ outcome: 'failed', errorCode, ...(cloudRequestId === null ? {} : { cloudRequestId }) });
    throw error;
  });
  const { requestId } = result;
  await settle({ outcome: 'succeeded', ...(requestId ? { cloudRequestId: requestId } : {}) });
  return result;
}

/** A decision the runner made on its own (halting), in the creator's name. */
export async function recordForCreator(app: FastifyInstance, rollout: Rollout, what: AuditSubject): Promise<void> {
  await app.audit.record(null, { ...actorOf(rollout), ...what, outcome: 'succeeded' });
}
