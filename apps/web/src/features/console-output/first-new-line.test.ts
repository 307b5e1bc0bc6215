import { describe, expect, it } from 'vitest';
import { firstNewLine } from './first-new-line.ts';

describe('firstNewLine', () => {
  it('points at the first appended line', () => {
    expect(firstNewLine('a\nb\n', 'a\nb\nc\nd\n')).toBe(3);
  });

  it('counts a line the new text completes as new', () => {
    expect(firstNewLine('a\nlog', 'a\nlogin: ')).toBe(2);
  });

  it('lines up text whose start the cloud has trimmed', () => {
    const kept = Array.from({ length: 20 }, (_, i) => `[  OK  ] Started unit ${i}.`).join('\n');
    expect(firstNewLine(`dropped\n${kept}\n`, `${kept}\nfresh\n`)).toBe(21);
  });

  it('finds nothing new in the same text, a first fetch, or unrelated text', () => {
    expect(firstNewLine('a\n', 'a\n')).toBeNull();
    expect(firstNewLine('', 'a\n')).toBeNull();
    expect(firstNewLine('other boot\n', 'a\n')).toBeNull();
  });
});
