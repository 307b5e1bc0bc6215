/**
 * UTF-8 through the platform's TextEncoder/TextDecoder, which every target has (browsers, Node,
 * workers). This package compiles with neither DOM nor Node types, so the two classes are reached
 * through `globalThis` with a minimal local type instead of a global declaration, which would
 * clash with lib.dom in the web app's compilation.
 */
interface Utf8Encoder {
  encode(input: string): Uint8Array<ArrayBuffer>;
}
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
interface TextCodecs {
  TextEncoder: new () => Utf8Encoder;
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => Utf8Decoder;
}

const codecs = globalThis as unknown as TextCodecs;
const encoder = new codecs.TextEncoder();
// Lenient: ids and status texts come from the network; bad bytes become U+FFFD, never an exception.
const decoder = new codecs.TextDecoder('utf-8', { fatal: false });

export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
