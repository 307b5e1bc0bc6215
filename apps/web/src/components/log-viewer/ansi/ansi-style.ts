import type Anser from 'anser';

/** A subset of React's CSSProperties: only what SGR can express, so a log can never set layout. */
export interface AnsiStyle {
  color?: string;
  backgroundColor?: string;
  fontWeight?: 'bold';
  fontStyle?: 'italic';
  textDecoration?: string;
  opacity?: number;
  visibility?: 'hidden';
}

export function styleOf(entry: Anser.AnserJsonEntry): AnsiStyle {
  const decorations = new Set(entry.decorations);
  let fg = entry.fg ? `rgb(${entry.fg})` : undefined;
  let bg = entry.bg ? `rgb(${entry.bg})` : undefined;
  if (decorations.has('reverse')) [fg, bg] = [bg ?? 'var(--log-bg)', fg ?? 'var(--log-fg)'];
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
