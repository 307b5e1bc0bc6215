// Long enough to be unique in a boot log, short enough to survive the cloud trimming the buffer.
const anchorLength = 256;

/**
 * The 1-based line where text not in `previous` starts in `next`, or null when nothing is new or
 * the two cannot be lined up. The cloud keeps only the newest output, so `next` need not start with
 * `previous`: the end of the old text is looked up in the new one instead.
 */
export function firstNewLine(previous: string, next: string): number | null {
  if (!previous || previous === next) return null;
  const anchor = previous.slice(-anchorLength);
  const found = next.indexOf(anchor);
  if (found < 0) return null;
  const end = found + anchor.length;
  if (end >= next.length) return null;
  let newlines = 0;
  for (let i = 0; i < end; i += 1) if (next.charCodeAt(i) === 10) newlines += 1;
  return newlines + 1;
}
