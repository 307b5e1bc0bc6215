// A serial log is hostile input: anything the guest (or whoever typed on its console) printed
// arrives here. Only SGR (colours and text attributes) survives for anser to interpret; every other
// escape sequence goes. Unterminated sequences stop at the end of their line, so one stray ESC
// cannot swallow the rest of the log.
/* eslint-disable no-control-regex -- matching control characters is the point */
// OSC, including OSC 8 hyperlinks: dropping both halves of a link leaves its visible text as plain text.
const oscSequence = /\u001b\][^\u0007\u001b\n]*(?:\u0007|\u001b\\)?/g;
// DCS, SOS, PM and APC strings, ended by ST.
const controlString = /\u001b[PX^_][^\u001b\n]*(?:\u001b\\)?/g;
const nonSgrCsiSequence = /\u001b\[[0-?]*[ -/]*[@-ln-~]/g;
const otherEscape = /\u001b(?:[ -/]+[0-~]|[0-Z\\^_`a-z{-~])/g;
const sgrSequence = /\u001b\[[0-9;:]*m/g;
const trailingReturns = /\r+$/;
/* eslint-enable no-control-regex */

/**
 * A carriage return starts the line over (progress bars, spinners). The colours set in the
 * overwritten part still apply to what follows, so its SGR codes are kept and its text dropped.
 */
function overwriteReturns(line: string): string {
  const trimmed = line.replace(trailingReturns, '');
  const lastReturn = trimmed.lastIndexOf('\r');
  if (lastReturn < 0) return trimmed;
  const overwritten = trimmed.slice(0, lastReturn).match(sgrSequence) ?? [];
  return overwritten.join('') + trimmed.slice(lastReturn + 1);
}

export function sanitizeTerminalText(text: string): string {
  const withoutSequences = text
    .replace(oscSequence, '')
    .replace(controlString, '')
    .replace(nonSgrCsiSequence, '')
    .replace(otherEscape, '');
  return withoutSequences.includes('\r') ? withoutSequences.split('\n').map(overwriteReturns).join('\n') : withoutSequences;
}
