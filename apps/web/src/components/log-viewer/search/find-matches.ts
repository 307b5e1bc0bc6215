export interface SearchMatch {
  /** Zero-based line index. */
  line: number;
  start: number;
  end: number;
}

const regexSyntax = /[\\^$.*+?()[\]{}|/]/g;

/**
 * Case-insensitive substring search over the plain text of each line. A regular expression with
 * the `i` flag rather than toLowerCase(): lower-casing can change a string's length ("İ"), which
 * would shift every match position after it.
 */
export function findMatches(lines: readonly string[], query: string): SearchMatch[] {
  if (!query) return [];
  const pattern = new RegExp(query.replace(regexSyntax, '\\$&'), 'giu');
  const matches: SearchMatch[] = [];
  lines.forEach((text, line) => {
    for (const found of text.matchAll(pattern)) {
      matches.push({ line, start: found.index, end: found.index + found[0].length });
    }
  });
  return matches;
}
