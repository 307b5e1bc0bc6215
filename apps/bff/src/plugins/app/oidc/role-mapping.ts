import { ROLE_RANK, type Role } from '@porthole/contract';

/** Claim values and the role each one grants, in the order configured. */
export type RoleMapping = ReadonlyArray<{ readonly value: string; readonly role: Role }>;

/** "porthole-admins=admin,ops=operator" (already checked against the env schema's pattern). */
export function parseRoleMap(text: string): RoleMapping {
  return text.split(',').map((pair) => {
    const [value = '', role = ''] = pair.split('=').map((part) => part.trim());
    return { value, role: role as Role };
  });
}

/**
 * The role a user's claim grants: the highest one any of its values maps to, so someone in both
 * "staff" and "ops" gets operator; null when no value is mapped. A claim may be one string or a list.
 */
export function roleForClaim(claim: unknown, mapping: RoleMapping): Role | null {
  const values = new Set((Array.isArray(claim) ? claim : [claim]).filter((value): value is string => typeof value === 'string'));
  let best: Role | null = null;
  for (const { value, role } of mapping) {
    if (values.has(value) && (best === null || ROLE_RANK[role] > ROLE_RANK[best])) best = role;
  }
  return best;
}
