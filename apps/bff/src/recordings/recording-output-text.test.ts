import { describe, expect, it } from 'vitest';
import { castEventLine, castHeaderLine } from './asciicast.ts';
import { recordingOutputText, TRUNCATION_NOTE } from './recording-output-text.ts';

async function* chunksOf(...chunks: string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk;
}

const header = castHeaderLine({ width: 80, height: 24, timestamp: 0, env: { TERM: 'xterm-256color' } });

describe('recordingOutputText', () => {
  it('joins the output events only, with line ends as a log has them, across chunks', async () => {
    const output = await recordingOutputText(
      chunksOf(header, castEventLine(0.1, 'o', 'one\r') + castEventLine(0.2, 'i', 'typed'), castEventLine(0.3, 'o', '\ntwo\r\n') + castEventLine(0.4, 'r', '100x30') + castEventLine(0.5, 'm', 'marker')),
    );
    expect(output).toEqual({ text: 'one\ntwo\n', truncated: false });
  });

  it('stops reading at the limit and cuts at a whole line, saying the recording goes on', async () => {
    let read = 0;
    async function* many(): AsyncGenerator<string> {
      yield header;
      for (let i = 0; i < 1000; i += 1) {
        read += 1;
        yield castEventLine(i, 'o', `line ${i} password=fake-${i}\r\n`);
      }
    }
    const output = await recordingOutputText(many(), 100);
    expect(output.truncated).toBe(true);
    // Never half a line: a cut "password=…" could lose its key and escape redaction.
    expect(output.text).toBe(`line 0 password=fake-0\nline 1 password=fake-1\nline 2 password=fake-2\nline 3 password=fake-3\n${TRUNCATION_NOTE}`);
    expect(read).toBeLessThan(10);
  });
});
