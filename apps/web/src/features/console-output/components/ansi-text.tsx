import { useMemo } from 'react';
import { parseAnsi } from '../parse-ansi.ts';

/**
 * Renders terminal text as React text nodes inside styled spans. The text never becomes markup:
 * React escapes it, so `<script>` in a boot log shows up as the characters `<script>`.
 */
export function AnsiText({ text }: { text: string }) {
  const segments = useMemo(() => parseAnsi(text), [text]);
  return (
    <>
      {segments.map((segment, index) =>
        Object.keys(segment.style).length === 0 ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <span key={index} style={segment.style}>
            {segment.text}
          </span>
        ),
      )}
    </>
  );
}
