import { describe, expect, it } from 'vitest';
import { findMatches } from './find-matches.ts';

describe('findMatches', () => {
  it('finds every case-insensitive occurrence on every line', () => {
    expect(findMatches(['Error here, error there', 'none', 'ERROR'], 'error')).toEqual([
      { line: 0, start: 0, end: 5 },
      { line: 0, start: 12, end: 17 },
      { line: 2, start: 0, end: 5 },
    ]);
  });

  it('takes the query literally, not as a pattern', () => {
    expect(findMatches(['a.b axb (x)', '[ok] a-b'], 'a.b')).toEqual([{ line: 0, start: 0, end: 3 }]);
    expect(findMatches(['(x) [ok] $1 a-b \\n'], '(x) [ok] $1 a-b \\n')).toEqual([{ line: 0, start: 0, end: 18 }]);
  });

  it('reports positions in the original text even where lower-casing changes length', () => {
    expect(findMatches(['İstanbul boot'], 'boot')).toEqual([{ line: 0, start: 9, end: 13 }]);
  });

  it('finds nothing for an empty query', () => {
    expect(findMatches(['anything'], '')).toEqual([]);
  });
});
