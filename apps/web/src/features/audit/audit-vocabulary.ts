import { AuditAction, AuditOutcome } from '@porthole/contract';

// The filter choices are the contract's own lists, so a new action appears without touching this feature.
export const auditActions: AuditAction[] = AuditAction.anyOf.map((literal) => literal.const);
export const auditOutcomes: AuditOutcome[] = AuditOutcome.anyOf.map((literal) => literal.const);
