import Anser from 'anser';

export interface AnsiStyle {
  color?: string;
  backgroundColor?: string;
  fontWeight?: 'bold';
  fontStyle?: 'italic';
  textDecoration?: string;
  opacity?: number;
  visibility?: 'hidden';
}

export interface AnsiSegment {
  text: string;
  style: AnsiStyle;
}

// Anser interprets SGR (colours, bold, underline...) and drops cursor movement, but leaves other
// escape sequences in the text. A serial log is hostile input, so everything that is not SGR goes
// before parsing, and any control character left afterwards goes too (newlines and tabs stay).
/* eslint-disable no-control-regex -- matching control characters is the point */
const oscSequence = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
const nonSgrCsiSequence = /\u001b\[[0-?]*[ -/]*[@-ln-~]/g;
const otherEscape = /\u001b(?:[ -/]+[0-~]|[0-Z\\^_`a-z{-~])/g;
const strayControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/* eslint-enable no-control-regex */

export function sanitizeConsoleText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(oscSequence, '').replace(nonSgrCsiSequence, '').replace(otherEscape, '');
}

export function parseAnsi(text: string): AnsiSegment[] {
  const entries = Anser.ansiToJson(sanitizeConsoleText(text), { json: true, remove_empty: true });
  const segments: AnsiSegment[] = [];
  for (const entry of entries) {
    const content = entry.content.replace(strayControl, '');
    if (content) segments.push({ text: content, style: styleOf(entry) });
  }
  return segments;
}

function styleOf(entry: Anser.AnserJsonEntry): AnsiStyle {
  const decorations = new Set(entry.decorations);
  let fg = entry.fg ? `rgb(${entry.fg})` : undefined;
  let bg = entry.bg ? `rgb(${entry.bg})` : undefined;
  if (decorations.has('reverse')) [fg, bg] = [bg ?? 'var(--console-bg)', fg ?? 'var(--console-fg)'];
  const lines = [decorations.has('underline') && 'underline', decorations.has('strikethrough') && 'line-through'].filter(
    (line): line is string => Boolean(line),
  );
  const style: AnsiStyle = {};
  if (fg) style.color = fg;
  if (bg) style.backgroundColor = bg;
  if (decorations.has('bold')) style.fontWeight = 'bold';
  if (decorations.has('italic')) style.fontStyle = 'italic';
  if (lines.length) style.textDecoration = lines.join(' ');
  if (decorations.has('dim')) style.opacity = 0.7;
  if (decorations.has('hidden')) style.visibility = 'hidden';
  return style;
}
