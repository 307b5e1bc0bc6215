import { describe, expect, it } from 'vitest';
import { PASTE_CHUNK_BYTES, splitPaste } from './paste.ts';
import { utf8Decode, utf8Encode } from './utf8.ts';
import { WireRangeError } from './wire-range-error.ts';

const join = (chunks: Uint8Array[]) => Uint8Array.from(chunks.flatMap((c) => Array.from(c)));

describe('splitPaste', () => {
  it('fits the Session Manager input size', () => {
    expect(PASTE_CHUNK_BYTES).toBe(1024);
    const chunks = splitPaste('x'.repeat(2100));
    expect(chunks.map((c) => c.length)).toEqual([1024, 1024, 52]);
    expect(splitPaste('')).toEqual([]);
  });

  it('never cuts a bracketed-paste marker', () => {
    const text = `\x1b[200~${'a'.repeat(1016)}\x1b[201~`; // the end marker spans bytes 1022–1027
    const chunks = splitPaste(text);
    expect(chunks.map((c) => c.length)).toEqual([1022, 6]);
    expect(utf8Decode(chunks[1] ?? new Uint8Array(0))).toBe('\x1b[201~');
    expect(utf8Decode(join(chunks))).toBe(text);
  });

  it('never cuts a UTF-8 character', () => {
    const text = `${'a'.repeat(11)}€€`; // € is 3 bytes: the 16-byte cut would fall inside the second one
    const chunks = splitPaste(text, 16);
    expect(chunks.map((c) => utf8Decode(c))).toEqual([`${'a'.repeat(11)}€`, '€']);
  });

  it('splits bytes without copying and refuses a chunk smaller than a marker', () => {
    const bytes = utf8Encode('y'.repeat(20));
    const [first] = splitPaste(bytes, 8);
    expect(first?.buffer).toBe(bytes.buffer);
    expect(() => splitPaste(bytes, 4)).toThrow(WireRangeError);
  });
});
