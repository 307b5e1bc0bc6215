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

export interface UsersTable {
  id: string;
  name: string;
  /** argon2id hash computed by the BFF; storage never sees a password. */
  passwordHash: string;
  role: Role;
  /** When set, the user may only act in this region. */
  regionScope: string | null;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
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
  startedAt: string;
  completedAt: string | null;
  outcome: AuditOutcome;
  errorCode: string | null;
  cloudRequestId: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  auditEvents: AuditEventsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Omit<Insertable<UsersTable>, 'id' | 'createdAt' | 'updatedAt' | 'disabledAt'>;
export type Session = Selectable<SessionsTable>;
export type NewSession = Omit<Insertable<SessionsTable>, 'lastSeenAt' | 'revokedAt'>;
export type AuditEvent = Selectable<AuditEventsTable>;
