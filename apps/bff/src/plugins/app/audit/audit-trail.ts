import type { AuditAction, AuditEntry, ErrorCode } from '@porthole/contract';
import type { AuditRepository, AuditStart } from '@porthole/storage';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { toAuditEntry } from './audit-entry.ts';
import { auditFailureOf } from './audit-failure.ts';

/** What an action is and what it is on. `detail` is read by people: never put a secret in it. */
export interface AuditSubject {
  action: AuditAction;
  regionId?: string;
  instanceId?: string;
  /** What else the action is on, e.g. `user:alice`. */
  target?: string;
  /** e.g. `role viewer → operator`. */
  detail?: string;
}

export interface AuditCompletion {
  outcome: 'succeeded' | 'failed';
  errorCode?: ErrorCode;
  cloudRequestId?: string;
}

/** A one-shot entry; userId/userName name the actor when there is no signed-in user (a failed sign-in). */
export interface AuditRecord extends AuditSubject, AuditCompletion {
  userId?: string | null;
  userName?: string | null;
}

export type AuditListener = (entry: AuditEntry) => void;

export interface AuditTrail {
  /**
   * Writes a pending entry, THEN runs the action, then settles the entry. If the first write fails the
   * action does not run; if the process dies during the action the pending entry remains. The action's
   * error is rethrown. The cloud RequestId is read from the result's `requestId` unless `requestIdOf` says otherwise.
   */
  track<T>(request: FastifyRequest, what: AuditSubject, run: () => Promise<T>, requestIdOf?: (result: T) => string | undefined): Promise<T>;
  record(request: FastifyRequest | null, what: AuditRecord): Promise<AuditEntry>;
  /** For long-lived things (a shell session): begin when it opens, complete with the returned id when it ends. */
  begin(request: FastifyRequest, what: AuditSubject): Promise<AuditEntry>;
  /** Undefined when the entry was already settled or does not exist. */
  complete(id: string, completion: AuditCompletion): Promise<AuditEntry | undefined>;
  /** Each entry begun, recorded or completed from now on, in this process. */
  subscribe(listener: AuditListener): { dispose(): void };
}

// Something the BFF did on its own (e.g. creating the first admin at start-up) has no client address.
const SERVER_ADDRESS = 'server';

function startOf(request: FastifyRequest | null, what: AuditSubject, actor?: Pick<AuditRecord, 'userId' | 'userName'>): AuditStart {
  const user = request?.user ?? null;
  return {
    userId: actor?.userId !== undefined ? actor.userId : (user?.id ?? null),
    userName: actor?.userName !== undefined ? actor.userName : (user?.name ?? null),
    sourceAddress: request?.ip ?? SERVER_ADDRESS,
    action: what.action,
    regionId: what.regionId ?? null,
    instanceId: what.instanceId ?? null,
    target: what.target ?? null,
    detail: what.detail ?? null,
  };
}

const defaultRequestIdOf = (result: unknown): string | undefined => {
  if (typeof result !== 'object' || result === null || !('requestId' in result)) return undefined;
  return typeof result.requestId === 'string' && result.requestId !== '' ? result.requestId : undefined;
};

export function createAuditTrail(repository: AuditRepository, log: FastifyBaseLogger): AuditTrail {
  const listeners = new Set<AuditListener>();

  function emit(entry: AuditEntry): AuditEntry {
    for (const listener of listeners) {
      // One broken subscriber must neither stop the others nor fail the action being audited.
      try {
        listener(entry);
      } catch (error) {
        log.error({ err: error }, 'an audit subscriber failed');
      }
    }
    return entry;
  }

  const begin = async (request: FastifyRequest, what: AuditSubject) => emit(toAuditEntry(await repository.begin(startOf(request, what))));

  async function complete(id: string, completion: AuditCompletion) {
    const event = await repository.complete(id, completion);
    return event && emit(toAuditEntry(event));
  }

  // The action already happened (or failed) by now: a failed completion write must not turn the
  // caller's answer into an error. The entry stays pending, which still says "attempted, outcome unknown".
  async function settle(id: string, completion: AuditCompletion): Promise<void> {
    try {
      await complete(id, completion);
    } catch (error) {
      log.error({ err: error, auditId: id }, 'could not complete an audit entry');
    }
  }

  return {
    async track<T>(
      request: FastifyRequest,
      what: AuditSubject,
      run: () => Promise<T>,
      requestIdOf: (result: T) => string | undefined = defaultRequestIdOf,
    ) {
      const { id } = await begin(request, what);
      const result = await run().catch(async (error: unknown) => {
        const { errorCode, cloudRequestId } = auditFailureOf(error);
        await settle(id, { outcome: 'failed', errorCode, ...(cloudRequestId === null ? {} : { cloudRequestId }) });
        throw error;
      });
      const cloudRequestId = requestIdOf(result);
      await settle(id, { outcome: 'succeeded', ...(cloudRequestId === undefined ? {} : { cloudRequestId }) });
      return result;
    },
    async record(request, what) {
      const { outcome, errorCode, cloudRequestId, userId, userName, ...subject } = what;
      const actor = { ...(userId === undefined ? {} : { userId }), ...(userName === undefined ? {} : { userName }) };
      const event = await repository.record(startOf(request, subject, actor), { outcome, errorCode: errorCode ?? null, cloudRequestId: cloudRequestId ?? null });
      return emit(toAuditEntry(event));
    },
    begin,
    complete,
    subscribe(listener) {
      listeners.add(listener);
      return { dispose: () => void listeners.delete(listener) };
    },
  };
}
