import { describe, expect, it } from 'vitest';
import { castEventLine, castHeaderLine, parseCastEvent } from './asciicast.ts';

describe('asciicast v2 lines', () => {
  it('writes one JSON line an event, times to the microsecond, and reads it back', () => {
    const line = castEventLine(1.23456789, 'o', '\x1b[1mbold\x1b[0m "quoted"\r\n');
    expect(line).toBe('[1.234568,"o","\\u001b[1mbold\\u001b[0m \\"quoted\\"\\r\\n"]\n');
    expect(parseCastEvent(line.trimEnd())).toEqual({ seconds: 1.234568, code: 'o', data: '\x1b[1mbold\x1b[0m "quoted"\r\n' });
  });

  it('writes the header as version 2 first', () => {
    expect(castHeaderLine({ width: 80, height: 24, timestamp: 1_700_000_000, env: { TERM: 'xterm-256color' } })).toBe(
      '{"version":2,"width":80,"height":24,"timestamp":1700000000,"env":{"TERM":"xterm-256color"}}\n',
    );
  });

  it.each([
    ['the header', '{"version":2}'],
    ['a blank line', ''],
    ['broken JSON', '[1, "o", "x"'],
    ['too few parts', '[1, "o"]'],
    ['an unknown code', '[1, "x", "data"]'],
    ['a time that is not a number', '["1", "o", "data"]'],
    ['data that is not text', '[1, "o", 5]'],
  ])('reads %s as no event', (_name, line) => {
    expect(parseCastEvent(line)).toBeUndefined();
  });
});
