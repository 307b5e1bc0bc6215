import { Type, type Static } from 'typebox';

/**
 * Every action the audit log names. Later features add theirs here, so the audit page's filter and
 * the BFF's writers share one list.
 */
export const AuditAction = Type.Union([
  Type.Literal('session.sign-in'),
  Type.Literal('session.sign-out'),
  Type.Literal('account.change-password'),
  Type.Literal('user.create'),
  Type.Literal('user.update'),
  Type.Literal('user.reset-password'),
  Type.Literal('instance.start'),
  Type.Literal('instance.stop'),
  Type.Literal('instance.reboot'),
  Type.Literal('audit.export'),
  Type.Literal('share.create'),
  Type.Literal('share.view'),
  Type.Literal('share.revoke'),
  Type.Literal('command.create'),
  Type.Literal('command.update'),
  Type.Literal('command.delete'),
  Type.Literal('command.run'),
  Type.Literal('invocation.stop'),
  Type.Literal('rollout.create'),
  Type.Literal('rollout.continue'),
  Type.Literal('rollout.cancel'),
  Type.Literal('rollout.halt'),
  Type.Literal('terminal.session'),
  Type.Literal('container.exec'),
  Type.Literal('recording.share'),
]);
export type AuditAction = Static<typeof AuditAction>;

export const AuditOutcome = Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')], {
  description: 'pending: begun and not (yet) completed, e.g. the BFF stopped during the cloud call',
});
export type AuditOutcome = Static<typeof AuditOutcome>;

export const AuditEntry = Type.Object({
  id: Type.String(),
  userId: Type.Union([Type.String(), Type.Null()]),
  userName: Type.Union([Type.String(), Type.Null()], { description: 'The name at the time; null for an unknown one' }),
  sourceAddress: Type.String(),
  action: AuditAction,
  regionId: Type.Union([Type.String(), Type.Null()]),
  instanceId: Type.Union([Type.String(), Type.Null()]),
  target: Type.Union([Type.String(), Type.Null()], { description: 'What else the action was on, e.g. user:alice' }),
  detail: Type.Union([Type.String(), Type.Null()], { description: 'A short human-readable account, e.g. role viewer → operator' }),
  startedAt: Type.String(),
  completedAt: Type.Union([Type.String(), Type.Null()]),
  outcome: AuditOutcome,
  errorCode: Type.Union([Type.String(), Type.Null()]),
  cloudRequestId: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditFilterQuery = Type.Object({
  userId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  action: Type.Optional(AuditAction),
  instanceId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  outcome: Type.Optional(AuditOutcome),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Inclusive, ISO 8601' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Exclusive, ISO 8601' })),
});
export type AuditFilterQuery = Static<typeof AuditFilterQuery>;

export const AuditPageQuery = Type.Interface([AuditFilterQuery], {
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});
export type AuditPageQuery = Static<typeof AuditPageQuery>;

export const AuditPage = Type.Object({
  items: Type.Array(AuditEntry, { description: 'Newest first' }),
  nextCursor: Type.Optional(Type.String({ description: 'Pass as cursor for the next, older page' })),
});
export type AuditPage = Static<typeof AuditPage>;

/** One JSON line of the export: an AuditEntry. */
export const AuditExport = Type.String({ description: 'application/x-ndjson: one AuditEntry per line, newest first' });

/** What the live audit WebSocket sends: each new or completed entry as it happens. */
export const AuditLiveMessage = Type.Object({ type: Type.Literal('entry'), entry: AuditEntry });
export type AuditLiveMessage = Static<typeof AuditLiveMessage>;
