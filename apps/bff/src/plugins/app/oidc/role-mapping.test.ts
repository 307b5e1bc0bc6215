import { describe, expect, it } from 'vitest';
import { parseRoleMap, roleForClaim } from './role-mapping.ts';

const mapping = parseRoleMap(' porthole-admins = admin ,ops=operator,staff=viewer');

describe('roleForClaim', () => {
  it('gives the highest role any value maps to, whatever the order', () => {
    expect(roleForClaim(['staff', 'ops'], mapping)).toBe('operator');
    expect(roleForClaim(['porthole-admins', 'staff'], mapping)).toBe('admin');
  });

  it('reads a single string claim', () => {
    expect(roleForClaim('staff', mapping)).toBe('viewer');
  });

  it('gives no role when nothing is mapped, the claim is missing or not text', () => {
    expect(roleForClaim(['contractors'], mapping)).toBeNull();
    expect(roleForClaim(undefined, mapping)).toBeNull();
    expect(roleForClaim([{ name: 'ops' }, 42], mapping)).toBeNull();
  });

  it('matches values exactly', () => {
    expect(roleForClaim(['Ops', 'ops-team', ' ops'], mapping)).toBeNull();
  });
});
