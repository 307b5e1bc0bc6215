export { openDatabase, type OpenDatabaseOptions } from './open-database.ts';
export { SQLITE_FILE_NAME } from './sqlite-dialect.ts';
export { userRepository, type UserRepository, type UserChanges } from './user-repository.ts';
export { serverSecretRepository, type ServerSecretRepository } from './server-secret-repository.ts';
export { sessionRepository, type SessionRepository, type SessionWithUser } from './session-repository.ts';
export { auditRepository, type AuditRepository, type AuditStart, type AuditCompletion, type AuditFilter, type AuditPage } from './audit-repository.ts';
export { shareRepository, type ShareRepository, type Share, type SharedSnapshot, type NewShare, type ShareTag } from './share-repository.ts';
export { rolloutRepository, type RolloutRepository, type Rollout, type NewRollout, type RolloutChanges } from './rollout-repository.ts';
export { recordingRepository, type RecordingRepository, type Recording, type NewRecording, type RecordingEnd } from './recording-repository.ts';
export { StorageError, STORAGE_ERROR_CODES, type StorageErrorCode } from './storage-error.ts';
export {
  ROLES,
  AUDIT_OUTCOMES,
  AUTH_SOURCES,
  SHARE_VISIBILITIES,
  RECORDING_KINDS,
  type RecordingKind,
  type RolloutStatus,
  type RolloutBatchStatus,
  type RolloutInstance,
  type RolloutInstanceState,
  type RolloutBatchState,
  type ShareVisibility,
  type Role,
  type AuthSource,
  type UserScope,
  type AuditOutcome,
  type Database,
  type User,
  type NewUser,
  type OidcIdentity,
  type Session,
  type NewSession,
  type AuditEvent,
} from './schema.ts';
