import { describe, expect, it } from 'vitest';
import { markMatches } from './mark-matches.ts';

const red = { color: 'rgb(187, 0, 0)' };

describe('markMatches', () => {
  it('cuts styled segments at match boundaries, across segments', () => {
    const segments = [
      { text: 'abc', style: red },
      { text: 'def', style: {} },
    ];
    expect(markMatches(segments, [{ start: 2, end: 4, current: true }, { start: 5, end: 6, current: false }])).toEqual([
      { text: 'ab', style: red, mark: null },
      { text: 'c', style: red, mark: 'current' },
      { text: 'd', style: {}, mark: 'current' },
      { text: 'e', style: {}, mark: null },
      { text: 'f', style: {}, mark: 'match' },
    ]);
  });

  it('leaves a line without matches as it is', () => {
    expect(markMatches([{ text: 'x', style: {} }], [])).toEqual([{ text: 'x', style: {}, mark: null }]);
  });
});
