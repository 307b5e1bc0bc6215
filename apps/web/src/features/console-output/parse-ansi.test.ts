import { describe, expect, it } from 'vitest';
import { parseAnsi, sanitizeConsoleText } from './parse-ansi.ts';

const esc = '\u001b';
const plain = (text: string) => parseAnsi(text).map((s) => s.text).join('');

describe('parseAnsi', () => {
  it('keeps HTML as text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>&amp;';
    expect(plain(hostile)).toBe(hostile);
  });

  it('renders bold and underline, and resets them', () => {
    const segments = parseAnsi(`${esc}[1mbold${esc}[0m ${esc}[4munder${esc}[24m plain`);
    expect(segments).toEqual([
      { text: 'bold', style: { fontWeight: 'bold' } },
      { text: ' ', style: {} },
      { text: 'under', style: { textDecoration: 'underline' } },
      { text: ' plain', style: {} },
    ]);
  });

  it('renders 16, 256 and true colours, foreground and background', () => {
    const segments = parseAnsi(`${esc}[31mred${esc}[0m${esc}[38;5;196mp196${esc}[0m${esc}[48;2;10;20;30mtc${esc}[0m`);
    expect(segments).toEqual([
      { text: 'red', style: { color: 'rgb(187, 0, 0)' } },
      { text: 'p196', style: { color: 'rgb(255, 0, 0)' } },
      { text: 'tc', style: { backgroundColor: 'rgb(10, 20, 30)' } },
    ]);
  });

  it('drops escape sequences it does not render', () => {
    const noisy = [
      `${esc}]0;window title${String.fromCharCode(7)}`, // OSC title
      `${esc}[2J${esc}[5;10H${esc}[?25l${esc}[K`, // clear screen, cursor, erase line
      `${esc}(B${esc}7${esc}8`, // charset designation, save/restore cursor
      'login:',
      String.fromCharCode(0, 8, 0x9b), // NUL, backspace, C1 CSI
    ].join('');
    expect(plain(noisy)).toBe('login:');
  });

  it('keeps line breaks and tabs, folding CRLF', () => {
    expect(plain('a\r\nb\tc\n')).toBe('a\nb\tc\n');
  });

  it('leaves colour codes for anser to interpret', () => {
    expect(sanitizeConsoleText(`${esc}[1;32mok${esc}[0m`)).toBe(`${esc}[1;32mok${esc}[0m`);
  });
});
