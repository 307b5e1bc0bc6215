import { parseCastEvent } from './asciicast.ts';

/** The most of a recording's output a log view holds; past it, replaying is the way to see the rest. */
export const SHARED_OUTPUT_MAX_CHARS = 1024 * 1024;

export const TRUNCATION_NOTE = '[porthole: the recording goes on past this point; replay it to see the rest]\n';

export interface RecordingOutput {
  /** Escape sequences kept (the log viewer sanitises them); line ends as \n. */
  readonly text: string;
  readonly truncated: boolean;
}

/**
 * A recording's output events joined into one text, as a log view shows it: what the session printed,
 * without resizes, markers or input. Reading stops at `maxChars`, so a flood recorded for hours costs
 * no more than a megabyte here. A cut text ends at a whole line, so no half of a secret escapes the
 * redaction rules by losing the key in front of it.
 */
export async function recordingOutputText(chunks: AsyncIterable<string>, maxChars = SHARED_OUTPUT_MAX_CHARS): Promise<RecordingOutput> {
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  reading: for await (const chunk of chunks) {
    for (const line of chunk.split('\n')) {
      const event = parseCastEvent(line);
      if (event?.code !== 'o') continue;
      if (length + event.data.length > maxChars) {
        parts.push(event.data.slice(0, maxChars - length));
        truncated = true;
        // Leaving the loop ends the chunk reader too: no more pages are read.
        break reading;
      }
      parts.push(event.data);
      length += event.data.length;
    }
  }
  // A terminal's lines end in CR LF (the tty's onlcr); a log view's in LF.
  const text = parts.join('').replace(/\r\n/g, '\n');
  if (!truncated) return { text, truncated };
  return { text: text.slice(0, text.lastIndexOf('\n') + 1) + TRUNCATION_NOTE, truncated };
}
