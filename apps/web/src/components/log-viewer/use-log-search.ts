import { useDeferredValue, useMemo, useState } from 'react';
import { findMatches, type SearchMatch } from './search/find-matches.ts';
import type { MarkRange } from './search/mark-matches.ts';

/** The search box's state: matches of the (deferred) query, the current one, and per-line ranges to mark. */
export function useLogSearch(plain: readonly string[], goToLine: (index: number) => void) {
  const [query, setQueryState] = useState('');
  const [current, setCurrent] = useState(0);
  // Typing stays responsive on a megabyte of log: the scan runs after the keystroke has rendered.
  const deferredQuery = useDeferredValue(query);
  const matches = useMemo(() => findMatches(plain, deferredQuery), [plain, deferredQuery]);
  const safeCurrent = matches.length === 0 ? 0 : Math.min(current, matches.length - 1);

  const rangesByLine = useMemo(() => {
    const byLine = new Map<number, MarkRange[]>();
    matches.forEach((match: SearchMatch, index) => {
      const ranges = byLine.get(match.line) ?? [];
      ranges.push({ start: match.start, end: match.end, current: index === safeCurrent });
      byLine.set(match.line, ranges);
    });
    return byLine;
  }, [matches, safeCurrent]);

  const step = (delta: number) => {
    if (matches.length === 0) return;
    const next = (safeCurrent + delta + matches.length) % matches.length;
    setCurrent(next);
    goToLine((matches[next] as SearchMatch).line);
  };

  const setQuery = (value: string) => {
    setQueryState(value);
    setCurrent(0);
    const first = value ? findFirstLine(plain, value) : -1;
    if (first >= 0) goToLine(first);
  };

  return { query, setQuery, total: matches.length, currentMatch: safeCurrent, rangesByLine, next: () => step(1), previous: () => step(-1) };
}

function findFirstLine(plain: readonly string[], query: string): number {
  const needle = query.toLowerCase();
  return plain.findIndex((line) => line.toLowerCase().includes(needle));
}
