import Anser from 'anser';
import { styleOf, type AnsiStyle } from './ansi-style.ts';
import { showControls } from './control-pictures.ts';
import { sanitizeTerminalText } from './sanitize-terminal-text.ts';

export interface AnsiSegment {
  text: string;
  style: AnsiStyle;
}

export interface LogLine {
  /** What the line says without its colours: searched, copied and classified. */
  plain: string;
  segments: AnsiSegment[];
}

/**
 * Splits terminal output into lines of styled segments. Parsing happens once for the whole text
 * because a colour set on one line stays on until reset, often across many lines.
 */
export function parseLogLines(text: string): LogLine[] {
  const lines: LogLine[] = [{ plain: '', segments: [] }];
  const entries = Anser.ansiToJson(sanitizeTerminalText(text), { json: true, remove_empty: true });
  for (const entry of entries) {
    const style = styleOf(entry);
    const pieces = entry.content.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) lines.push({ plain: '', segments: [] });
      const visible = showControls(piece);
      if (!visible) return;
      const line = lines[lines.length - 1] as LogLine;
      line.plain += visible;
      line.segments.push({ text: visible, style });
    });
  }
  // A log ends with a newline; that does not make an empty last line.
  if (lines.length > 1 && lines[lines.length - 1]?.plain === '') lines.pop();
  return lines;
}
