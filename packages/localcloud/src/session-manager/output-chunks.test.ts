import { describe, expect, it } from 'vitest';
import { OutputChunker } from './output-chunks.ts';
import { Pacer } from './pacer.ts';

const concat = (chunks: Uint8Array[]) => Buffer.concat(chunks);

describe('OutputChunker', () => {
  it('cuts shell output into <= 1024-byte chunks on character boundaries', () => {
    const text = 'é'.repeat(700); // 1400 bytes of 2-byte characters
    const chunks = new OutputChunker('shell').push(Buffer.from(text));
    expect(chunks.every((c) => c.length <= 1024)).toBe(true);
    expect(chunks.map((c) => Buffer.from(c).toString('utf8')).join('')).toBe(text);
    expect(chunks[0]?.length).toBe(1024);
  });

  it('holds back a character split across reads until the rest arrives', () => {
    const chunker = new OutputChunker('shell');
    const euro = Buffer.from('a€'); // 61 e2 82 ac
    expect(concat(chunker.push(euro.subarray(0, 2)))).toEqual(Buffer.from('a'));
    expect(chunker.push(euro.subarray(2, 3))).toEqual([]);
    expect(Buffer.from(concat(chunker.push(euro.subarray(3)))).toString('utf8')).toBe('€');
    expect(chunker.flush()).toEqual([]);
  });

  it('passes invalid bytes through and cuts port bytes anywhere at 2048', () => {
    expect(concat(new OutputChunker('shell').push(Uint8Array.of(0xff, 0x41)))).toEqual(Buffer.from([0xff, 0x41]));
    const chunks = new OutputChunker('port').push(new Uint8Array(5000).fill(0xe2));
    expect(chunks.map((c) => c.length)).toEqual([2048, 2048, 904]);
  });
});

describe('Pacer', () => {
  it('spaces frames at the bit rate and does nothing when off', () => {
    const pacer = new Pacer(80_000); // 10 000 bytes/s
    expect(pacer.wait(0)).toBe(0);
    pacer.spend(0, 1000);
    expect(pacer.wait(0)).toBe(100);
    expect(pacer.wait(60)).toBe(40);
    pacer.bitsPerSecond = 0;
    expect(pacer.wait(0)).toBe(0);
  });
});
