import type { LineRange } from '@porthole/contract';
import { ApiError } from '../errors/error-catalogue.ts';

/** The lines as the viewer numbers them: a final newline does not start another line. */
export function logLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Lines `from`–`to` (1-based, inclusive) of the text; a range outside it is the caller's mistake. */
export function cutLines(text: string, range: LineRange): string {
  const lines = logLines(text);
  if (range.from > range.to) throw new ApiError('BAD_REQUEST', `The line range ${range.from}–${range.to} is backwards.`);
  if (range.to > lines.length) throw new ApiError('BAD_REQUEST', `The log has ${lines.length} lines; the range ${range.from}–${range.to} is outside it.`);
  return lines.slice(range.from - 1, range.to).join('\n');
}
