// The storage layer's coded errors, so the BFF can map them to its own catalogue without parsing
// driver messages (which differ between SQLite and PostgreSQL).
export const STORAGE_ERROR_CODES = ['MIGRATION_FAILED', 'UNSUPPORTED_URL', 'DUPLICATE_USER_NAME', 'DUPLICATE_OIDC_SUBJECT', 'INVALID_CURSOR'] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

/** True for a unique-constraint violation in either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  // PostgreSQL's SQLSTATE 23505; better-sqlite3's SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
