import { stripVTControlCharacters } from 'node:util';

/** The text console a VM shows before any graphics driver loads: VGA text mode, 80 columns by 25 rows. */
export const SCREEN_COLUMNS = 80;
export const SCREEN_ROWS = 25;

/** What a terminal leaves of one written line: a carriage return restarts it, tabs stop every 8 columns. */
function displayedLine(line: string): string {
  const afterReturn = line.slice(line.lastIndexOf('\r') + 1);
  // eslint-disable-next-line no-control-regex -- control bytes draw nothing on a text console
  const printable = stripVTControlCharacters(afterReturn).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  let out = '';
  for (const char of printable) out += char === '\t' ? ' '.repeat(8 - (out.length % 8)) : char;
  return out;
}

/** The rows on screen after the console printed `text`: long lines wrap, older rows scroll off the top. */
export function screenRows(text: string): string[] {
  const rows: string[] = [];
  for (const line of text.split('\n')) {
    const shown = [...displayedLine(line)];
    if (shown.length === 0) rows.push('');
    for (let i = 0; i < shown.length; i += SCREEN_COLUMNS) rows.push(shown.slice(i, i + SCREEN_COLUMNS).join(''));
  }
  return rows.slice(-SCREEN_ROWS);
}
