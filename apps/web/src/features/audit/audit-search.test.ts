import { describe, expect, it } from 'vitest';
import { parseAuditSearch, toAuditSearchParams } from './audit-search.ts';

describe('audit URL state', () => {
  it('keeps valid filters and drops what the server would refuse', () => {
    const search = new URLSearchParams('userId=u-1&action=user.explode&outcome=failed&from=yesterday&to=2026-11-24T10:00:00Z&cursor=c1');
    expect(parseAuditSearch(search)).toEqual({
      filters: { userId: 'u-1', action: undefined, instanceId: undefined, outcome: 'failed', from: undefined, to: '2026-11-24T10:00:00.000Z' },
      cursor: 'c1',
    });
  });

  it('round-trips', () => {
    const search = new URLSearchParams('userId=u-1&action=instance.reboot&instanceId=i-1&outcome=failed&from=2026-11-24T09:00:00.000Z&cursor=c1');
    expect(toAuditSearchParams(parseAuditSearch(search)).toString()).toBe(search.toString());
  });
});
