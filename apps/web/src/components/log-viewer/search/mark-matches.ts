import type { AnsiSegment } from '../ansi/parse-log-lines.ts';

export interface MarkRange {
  start: number;
  end: number;
  current: boolean;
}

export interface MarkedPiece extends AnsiSegment {
  mark: 'match' | 'current' | null;
}

/** Cuts a line's styled segments at the match boundaries so each match can sit in its own <mark>. */
export function markMatches(segments: readonly AnsiSegment[], ranges: readonly MarkRange[]): MarkedPiece[] {
  if (ranges.length === 0) return segments.map((segment) => ({ ...segment, mark: null }));
  const pieces: MarkedPiece[] = [];
  let offset = 0;
  let rangeIndex = 0;
  for (const segment of segments) {
    const segmentEnd = offset + segment.text.length;
    let position = offset;
    while (position < segmentEnd) {
      while (rangeIndex < ranges.length && (ranges[rangeIndex] as MarkRange).end <= position) rangeIndex += 1;
      const range = ranges[rangeIndex];
      let cut: number;
      let mark: MarkedPiece['mark'] = null;
      if (range && range.start <= position) {
        cut = Math.min(range.end, segmentEnd);
        mark = range.current ? 'current' : 'match';
      } else {
        cut = Math.min(range ? range.start : segmentEnd, segmentEnd);
      }
      pieces.push({ text: segment.text.slice(position - offset, cut - offset), style: segment.style, mark });
      position = cut;
    }
    offset = segmentEnd;
  }
  return pieces;
}
