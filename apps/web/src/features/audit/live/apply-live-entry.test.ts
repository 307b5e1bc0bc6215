import { describe, expect, it } from 'vitest';
import { anAuditEntry } from '../testing/audit-fixtures.ts';
import { applyLiveEntry } from './apply-live-entry.ts';

const older = anAuditEntry({ id: 'a-1', startedAt: '2026-11-24T10:00:00.000Z' });
const newer = anAuditEntry({ id: 'a-2', startedAt: '2026-11-24T10:05:00.000Z' });
const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

describe('applyLiveEntry', () => {
  it('puts a new entry on top', () => {
    const pushed = anAuditEntry({ id: 'a-3', startedAt: '2026-11-24T10:06:00.000Z' });
    expect(ids(applyLiveEntry({ items: [newer, older] }, pushed, {}))).toEqual(['a-3', 'a-2', 'a-1']);
  });

  it('replaces a pending entry in place when it completes', () => {
    const pending = { ...newer, outcome: 'pending' as const, completedAt: null };
    const page = applyLiveEntry({ items: [pending, older] }, newer, {});
    expect(page.items).toEqual([newer, older]);
  });

  it('keeps to the filters: skips others, and removes an entry that no longer matches', () => {
    const pending = { ...newer, outcome: 'pending' as const };
    expect(applyLiveEntry({ items: [older] }, anAuditEntry({ id: 'a-9', userId: 'u-2' }), { userId: 'u-1' }).items).toEqual([older]);
    expect(ids(applyLiveEntry({ items: [pending, older] }, newer, { outcome: 'pending' }))).toEqual(['a-1']);
  });

  it('leaves an entry older than the page to the older pages', () => {
    const ancient = anAuditEntry({ id: 'a-0', startedAt: '2026-11-01T00:00:00.000Z' });
    expect(ids(applyLiveEntry({ items: [newer], nextCursor: 'c' }, ancient, {}))).toEqual(['a-2']);
    expect(ids(applyLiveEntry({ items: [newer] }, ancient, {}))).toEqual(['a-2', 'a-0']);
  });
});
