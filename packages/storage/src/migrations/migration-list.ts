// Every migration in the order it runs. Kysely's Migrator records applied names in its own table
// and runs only the new ones, so this list only ever grows: never rename or edit a released entry.
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as users from './0001-users.ts';
import * as sessions from './0002-sessions.ts';
import * as auditEvents from './0003-audit-events.ts';
import * as userSecurity from './0004-user-security.ts';
import * as auditDetails from './0005-audit-details.ts';
import * as oidcSubject from './0006-oidc-subject.ts';
import * as shares from './0007-shares.ts';
import * as rollouts from './0008-rollouts.ts';
import * as recordings from './0009-recordings.ts';

const migrations: Record<string, Migration> = {
  '0001-users': users,
  '0002-sessions': sessions,
  '0003-audit-events': auditEvents,
  '0004-user-security': userSecurity,
  '0005-audit-details': auditDetails,
  '0006-oidc-subject': oidcSubject,
  '0007-shares': shares,
  '0008-rollouts': rollouts,
  '0009-recordings': recordings,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
