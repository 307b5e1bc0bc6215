// The users table keeps a scope in three columns (a JSON list of regions, a tag key and value) so
// both dialects can store and index it alike; the code sees one UserScope value instead.
import type { User, UserRow, UserScope, UsersTable } from './schema.ts';

export function toUser(row: UserRow): User {
  // The OIDC identity is left out on purpose (see User).
  const { regionScopes, tagScopeKey, tagScopeValue, authSource, oidcIssuer: _issuer, oidcSubject: _subject, ...rest } = row;
  return {
    ...rest,
    // PostgreSQL's driver hands back integers as numbers already; SQLite's too, but be explicit.
    failedSignIns: Number(rest.failedSignIns),
    scope: {
      regions: regionScopes === null ? null : (JSON.parse(regionScopes) as string[]),
      tag: tagScopeKey === null ? null : { key: tagScopeKey, value: tagScopeValue ?? '' },
    },
    source: authSource,
  };
}

export function scopeColumns(scope: UserScope): Pick<UsersTable, 'regionScopes' | 'tagScopeKey' | 'tagScopeValue'> {
  return {
    regionScopes: scope.regions === null ? null : JSON.stringify(scope.regions),
    tagScopeKey: scope.tag?.key ?? null,
    tagScopeValue: scope.tag?.value ?? null,
  };
}
