// The single source of the storage types: the tables as the code sees them (camelCase, through
// Kysely's CamelCasePlugin; the columns themselves are snake_case). Timestamps are ISO 8601 UTC
// strings (`Date#toISOString()`): they sort correctly as text in both SQLite and PostgreSQL, so one
// query serves both dialects. "Flags" are nullable timestamps (disabledAt, revokedAt) for the same
// reason, and because *when* something was switched off is worth keeping.
import type { Insertable, Selectable } from 'kysely';

export const ROLES = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const AUDIT_OUTCOMES = ['pending', 'succeeded', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const AUTH_SOURCES = ['local', 'oidc'] as const;
export type AuthSource = (typeof AUTH_SOURCES)[number];

/** Limits what a user may touch; null parts mean "no limit" (the contract's UserScope). */
export interface UserScope {
  regions: string[] | null;
  tag: { key: string; value: string } | null;
}

export interface UsersTable {
  id: string;
  name: string;
  /** argon2id hash computed by the BFF; storage never sees a password. Empty for OIDC users: no password matches it. */
  passwordHash: string;
  role: Role;
  /** JSON list of the only regions the user may touch; null: all. */
  regionScopes: string | null;
  /** With tagScopeValue: the tag every instance the user may touch carries; null: all. */
  tagScopeKey: string | null;
  tagScopeValue: string | null;
  authSource: AuthSource;
  /** Consecutive failed password sign-ins since the last success. */
  failedSignIns: number;
  lastFailedSignInAt: string | null;
  lockedUntil: string | null;
  disabledAt: string | null;
  /**
   * With oidcSubject: the provider's identity an OIDC account is bound to (unique together). Null for
   * local accounts and for OIDC accounts not yet bound (made before subjects were recorded).
   */
  oidcIssuer: string | null;
  oidcSubject: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
  createdAt: string;
}

export interface SessionsTable {
  /** Hash of the session token; the token itself is only ever in the browser's cookie. */
  tokenHash: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  revokedAt: string | null;
}

export interface AuditEventsTable {
  id: string;
  /** Null when the actor is not a signed-in user (e.g. a failed sign-in). */
  userId: string | null;
  /** The user name at the time, so the trail survives renames and deletions. */
  userName: string | null;
  sourceAddress: string;
  action: string;
  regionId: string | null;
  instanceId: string | null;
  /** What else the action was on, e.g. `user:alice`. */
  target: string | null;
  /** A short human-readable account, e.g. `role viewer → operator`; never a secret. */
  detail: string | null;
  startedAt: string;
  completedAt: string | null;
  outcome: AuditOutcome;
  errorCode: string | null;
  cloudRequestId: string | null;
}

export const SHARE_VISIBILITIES = ['signed-in', 'public'] as const;
export type ShareVisibility = (typeof SHARE_VISIBILITIES)[number];

export interface SharesTable {
  id: string;
  /** Hash of the link's token; the token itself is only ever in the link. */
  tokenHash: string;
  userId: string;
  /** The sharer's name at the time, so the share survives renames and deletions. */
  userName: string;
  regionId: string;
  instanceId: string;
  instanceName: string | null;
  /** JSON list of the instance's {key, value} tags at share time: who may open the live instance. */
  instanceTags: string;
  /** The snapshot, secrets already redacted. */
  text: string;
  /** As the cloud API gave it (UTC+8, no zone), and as UTC when it could be read. */
  lastUpdateTime: string;
  lastUpdateTimeUtc: string | null;
  /** 1-based inclusive lines of the log that were shared; null: the whole log. */
  rangeFrom: number | null;
  rangeTo: number | null;
  note: string | null;
  visibility: ShareVisibility;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  viewCount: number;
  /** How many secrets were replaced by a marker. */
  redactions: number;
}

export const ROLLOUT_STATUSES = ['running', 'paused', 'succeeded', 'halted', 'cancelled', 'error'] as const;
export type RolloutStatus = (typeof ROLLOUT_STATUSES)[number];

export const ROLLOUT_BATCH_STATUSES = ['waiting', 'running', 'succeeded', 'failed', 'skipped'] as const;
export type RolloutBatchStatus = (typeof ROLLOUT_BATCH_STATUSES)[number];

/** An instance of a rollout, as resolved when it was created. */
export interface RolloutInstance {
  instanceId: string;
  instanceName: string | null;
}

/** One instance's last known result in a batch; `status` is the cloud's per-instance InvocationStatus. */
export interface RolloutInstanceState {
  instanceId: string;
  status: string;
  exitCode: number | null;
}

/** A batch as the runner keeps it. */
export interface RolloutBatchState {
  index: number;
  instanceIds: string[];
  status: RolloutBatchStatus;
  /** Null until the cloud accepted the batch (and for a batch that never ran). */
  invokeId: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** StopInvocation was sent for this batch (the rollout was cancelled while it ran). */
  stopSent: boolean;
  /** Empty until the first read of the invocation. */
  results: RolloutInstanceState[];
}

export interface RolloutsTable {
  id: string;
  /** The creator's idempotency key: unique per creator, so a retried create finds the first rollout. */
  clientToken: string;
  /** The creator's user id, and name at the time: the runner acts (and is audited) as them. */
  createdBy: string;
  createdByName: string;
  regionId: string;
  commandName: string;
  /** JSON: what to run and how (the contract's RunOptions); storage never looks inside. */
  command: string;
  /** JSON list of RolloutInstance, in batch order. */
  instances: string;
  maxConcurrency: number;
  maxFailures: number;
  /** 0 or 1. */
  pauseAfterFirstBatch: number;
  /** JSON list of RolloutBatchState. */
  batches: string;
  status: RolloutStatus;
  /** Why it stopped (halted, cancelled, error), for people. */
  stoppedReason: string | null;
  createdAt: string;
  updatedAt: string;
  /** When the runner had nothing left to do; null while a batch may still start or is still running. */
  closedAt: string | null;
  /** Incremented by every write; a write names the version it was computed from. */
  version: number;
  /** The runner (one BFF process) that drives the rollout until leaseUntil. */
  runnerId: string | null;
  leaseUntil: string | null;
}

export const RECORDING_KINDS = ['instance', 'container'] as const;
export type RecordingKind = (typeof RECORDING_KINDS)[number];

/** A terminal session's recording; its asciicast v2 text is in recordingChunks, header first. */
export interface RecordingsTable {
  id: string;
  /** The BFF terminal it recorded. */
  terminalId: string;
  kind: RecordingKind;
  regionId: string;
  /** Instance id, or container group id. */
  targetId: string;
  targetName: string;
  containerName: string | null;
  /** The session's user, and name at the time, so the recording survives renames and deletions. */
  userId: string;
  userName: string;
  /** The terminal's size when recording began (the header's). */
  width: number;
  height: number;
  /** 0 or 1: whether keystrokes were recorded too (off by default: they can hold passwords). */
  inputRecorded: number;
  /** The session's 'terminal.session' or 'container.exec' audit entry. */
  auditId: string | null;
  startedAt: string;
  /** Null while recording (or when the BFF stopped without closing it). */
  endedAt: string | null;
  endReason: string | null;
  /** Seconds from the start to the last stored event, then to the end. */
  durationSeconds: number;
  /** Size of the asciicast text stored so far, in UTF-8 bytes. bigint: a long session may pass 2 GiB. */
  bytes: number;
  /** Chunks stored so far; the next one gets this number. */
  chunkCount: number;
}

/** Consecutive pieces of a recording's asciicast text, each whole lines; seq 0 is the header. */
export interface RecordingChunksTable {
  recordingId: string;
  seq: number;
  data: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  auditEvents: AuditEventsTable;
  serverSecrets: ServerSecretsTable;
  shares: SharesTable;
  rollouts: RolloutsTable;
  recordings: RecordingsTable;
  recordingChunks: RecordingChunksTable;
}

export type UserRow = Selectable<UsersTable>;
/** Who an OIDC user is at the provider: the `iss` and `sub` of the ID token. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
}
/**
 * A user as the code sees it: the scope and source as values, not columns. The OIDC identity is only
 * for finding the account at sign-in (findByOidcSubject), so it stays out of every other answer.
 */
export interface User extends Omit<UserRow, 'regionScopes' | 'tagScopeKey' | 'tagScopeValue' | 'authSource' | 'oidcIssuer' | 'oidcSubject'> {
  scope: UserScope;
  source: AuthSource;
}
export interface NewUser {
  name: string;
  passwordHash: string;
  role: Role;
  /** Default: no limit. */
  scope?: UserScope;
  /** Default: local. */
  source?: AuthSource;
  /** For source oidc: the identity the account is bound to. */
  oidc?: OidcIdentity;
}
export type Session = Selectable<SessionsTable>;
export type NewSession = Omit<Insertable<SessionsTable>, 'lastSeenAt' | 'revokedAt'>;
export type AuditEvent = Selectable<AuditEventsTable>;
