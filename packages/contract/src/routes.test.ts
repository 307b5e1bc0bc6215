import { describe, expect, it } from 'vitest';
import { routePath, routes } from './index.ts';

describe('routePath', () => {
  it('fills and encodes parameters', () => {
    expect(routePath(routes.consoleOutput, { region: 'cn-hangzhou', id: 'i-abc' })).toBe(
      '/api/regions/cn-hangzhou/instances/i-abc/console-output',
    );
    expect(routePath(routes.instances, { region: 'a/b' })).toBe('/api/regions/a%2Fb/instances');
  });
  it('refuses a missing parameter', () => {
    expect(() => routePath(routes.instance, { region: 'cn-hangzhou' })).toThrow(/missing parameter "id"/);
  });
  it('gives every route a unique method and url', () => {
    const keys = Object.values(routes).map((r) => `${r.method} ${r.url}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
