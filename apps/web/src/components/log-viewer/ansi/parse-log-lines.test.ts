import { describe, expect, it } from 'vitest';
import { parseLogLines } from './parse-log-lines.ts';

const esc = '\u001b';
const bel = '\u0007';
const plain = (text: string) => parseLogLines(text).map((line) => line.plain);

describe('parseLogLines', () => {
  it('keeps HTML as text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>&amp;';
    expect(plain(hostile)).toEqual([hostile]);
  });

  it('shows an OSC 8 link as its visible text only, whatever its target', () => {
    const link = `see ${esc}]8;;javascript:alert(1)${esc}\\the docs${esc}]8;;${esc}\\ now`;
    const belLink = `${esc}]8;id=1;https://evil.example${bel}click${esc}]8;;${bel}`;
    expect(plain(`${link}\n${belLink}`)).toEqual(['see the docs now', 'click']);
  });

  it('renders bold and underline, and resets them', () => {
    const [line] = parseLogLines(`${esc}[1mbold${esc}[0m ${esc}[4munder${esc}[24m plain`);
    expect(line?.segments).toEqual([
      { text: 'bold', style: { fontWeight: 'bold' } },
      { text: ' ', style: {} },
      { text: 'under', style: { textDecoration: 'underline' } },
      { text: ' plain', style: {} },
    ]);
  });

  it('renders 16, 256 and true colours, foreground and background', () => {
    const [line] = parseLogLines(`${esc}[31mred${esc}[0m${esc}[38;5;196mp196${esc}[0m${esc}[48;2;10;20;30mtc${esc}[0m${esc}[42mbg${esc}[0m`);
    expect(line?.segments).toEqual([
      { text: 'red', style: { color: 'rgb(187, 0, 0)' } },
      { text: 'p196', style: { color: 'rgb(255, 0, 0)' } },
      { text: 'tc', style: { backgroundColor: 'rgb(10, 20, 30)' } },
      { text: 'bg', style: { backgroundColor: 'rgb(0, 187, 0)' } },
    ]);
  });

  it('carries a colour across lines until it is reset', () => {
    const lines = parseLogLines(`${esc}[32mone\ntwo${esc}[0m\nthree\n`);
    expect(lines.map((line) => line.segments)).toEqual([
      [{ text: 'one', style: { color: 'rgb(0, 187, 0)' } }],
      [{ text: 'two', style: { color: 'rgb(0, 187, 0)' } }],
      [{ text: 'three', style: {} }],
    ]);
  });

  it('drops the escape sequences it does not render', () => {
    const noisy = [
      `${esc}]0;window title${bel}`,
      `${esc}[2J${esc}[5;10H${esc}[?25l${esc}[K`,
      `${esc}Pq#0;2;0;0;0${esc}\\`, // DCS (sixel)
      `${esc}(B${esc}7${esc}8`,
      'login:',
      String.fromCharCode(0, 0x9b),
    ].join('');
    expect(plain(noisy)).toEqual(['login:']);
  });

  it('stops an unterminated sequence at the end of its line', () => {
    expect(plain(`${esc}]8;;javascript:alert(1)\nkernel: ok`)).toEqual(['', 'kernel: ok']);
  });

  it('shows other control characters as control pictures', () => {
    expect(plain(`bell${bel} back\u0008 del\u007f esc${esc}`)).toEqual(['bell␇ back␈ del␡ esc␛']);
  });

  it('keeps the text after the last carriage return, and its colours', () => {
    const lines = parseLogLines(`${esc}[33m 10%\r 50%\r100%\r\nnext`);
    expect(lines.map((line) => line.plain)).toEqual(['100%', 'next']);
    expect(lines[0]?.segments[0]?.style).toEqual({ color: 'rgb(187, 187, 0)' });
  });

  it('keeps U+FFFD and tabs as they are', () => {
    expect(plain('bad \uFFFD byte\tcol')).toEqual(['bad \uFFFD byte\tcol']);
  });

  it('parses a 50,000-character line and a megabyte of log quickly', () => {
    const long = `${esc}[31m${'x'.repeat(50_000)}${esc}[0m`;
    const big = Array.from({ length: 20_000 }, (_, i) => `${esc}[32m[  OK  ]${esc}[0m line ${i} ${'.'.repeat(30)}`).join('\n');
    const started = performance.now();
    expect(plain(long)[0]).toHaveLength(50_000);
    expect(parseLogLines(big)).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
