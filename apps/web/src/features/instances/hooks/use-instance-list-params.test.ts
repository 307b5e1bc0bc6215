import { describe, expect, it } from 'vitest';
import { parseInstanceListQuery, toSearchParams } from './use-instance-list-params.ts';

describe('instance list URL state', () => {
  it('reads valid values and ignores the rest', () => {
    const query = parseInstanceListQuery(new URLSearchParams('page=0&pageSize=abc&status=Exploded&name=web&tagKey=env'));
    expect(query).toEqual({ page: 1, pageSize: 20, name: 'web', status: undefined, tagKey: 'env', tagValue: undefined });
  });

  it('writes only what differs from the defaults', () => {
    expect(toSearchParams({ page: 1, pageSize: 20, name: 'web', status: 'Running' }).toString()).toBe('name=web&status=Running');
    expect(toSearchParams({ page: 3, pageSize: 50 }).toString()).toBe('page=3&pageSize=50');
  });

  it('round-trips', () => {
    const search = new URLSearchParams('page=2&pageSize=50&name=db&status=Stopped&tagKey=env&tagValue=prod');
    expect(toSearchParams(parseInstanceListQuery(search)).toString()).toBe(search.toString());
  });
});
