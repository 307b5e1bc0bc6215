import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path.ts';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeNextPath('/instances?region=cn-hangzhou#top')).toBe('/instances?region=cn-hangzhou#top');
  });

  it.each(['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/\tevil', 'instances', '', undefined, 42])(
    'turns %j into /',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );

  it('resolves dot segments without leaving the site', () => {
    expect(safeNextPath('/a/../../b')).toBe('/b');
  });
});
