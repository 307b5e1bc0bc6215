/* eslint-disable no-control-regex -- matching control characters is the point */
const visibleControl = /[\u0001-\u0008\u000b-\u001f\u007f]/g;
const droppedControl = /[\u0000\u0080-\u009f]/g;
/* eslint-enable no-control-regex */

/**
 * Control characters left after sanitising show as their Unicode "control pictures" (␇, ␛...), so a
 * reader sees that something was there without the browser acting on it. NUL (line padding on
 * serial consoles) and the C1 range (8-bit escapes, never printable) are dropped.
 */
export function showControls(text: string): string {
  return text.replace(droppedControl, '').replace(visibleControl, (c) => {
    const code = c.charCodeAt(0);
    return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
  });
}
