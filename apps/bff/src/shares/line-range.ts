import type { LineRange } from '@porthole/contract';
import { ApiError } from '../errors/error-catalogue.ts';

/** The lines as the viewer numbers them: a final newline does not start another line. */
export function logLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Refuses a range (1-based, inclusive) that is backwards or reaches past the text's last line. */
export function assertRangeWithin(text: string, range: LineRange): void {
  const count = logLines(text).length;
  if (range.from > range.to) throw new ApiError('BAD_REQUEST', `The line range ${range.from}–${range.to} is backwards.`);
  if (range.to > count) throw new ApiError('BAD_REQUEST', `The log has ${count} lines; the range ${range.from}–${range.to} is outside it.`);
}
