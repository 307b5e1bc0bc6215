import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path.ts';

describe('safeNextPath', () => {
  it('keeps a path on this origin with its query', () => {
    expect(safeNextPath('/regions/cn-hangzhou/instances?status=Running')).toBe('/regions/cn-hangzhou/instances?status=Running');
  });

  it('falls back to / for anything that could leave the site', () => {
    for (const next of [null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'regions']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});
