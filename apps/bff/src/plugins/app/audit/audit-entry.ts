import type { AuditAction, AuditEntry } from '@porthole/contract';
import type { AuditEvent } from '@porthole/storage';

/**
 * A stored audit event as the browser sees it. Fields are picked one by one so that a column added to
 * the table later never reaches a response unnoticed.
 */
export function toAuditEntry(event: AuditEvent): AuditEntry {
  return {
    id: event.id,
    userId: event.userId,
    userName: event.userName,
    sourceAddress: event.sourceAddress,
    // Storage keeps the action as text (it knows no contract); every writer is typed with AuditAction.
    action: event.action as AuditAction,
    regionId: event.regionId,
    instanceId: event.instanceId,
    target: event.target,
    detail: event.detail,
    startedAt: event.startedAt,
    completedAt: event.completedAt,
    outcome: event.outcome,
    errorCode: event.errorCode,
    cloudRequestId: event.cloudRequestId,
  };
}
