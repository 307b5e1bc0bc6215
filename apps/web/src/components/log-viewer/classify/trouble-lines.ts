// Words that mark a line worth reading when a boot goes wrong. "error" counts only as a word in
// lower or upper case: "Errors: 0" style summaries and identifiers like "errorlog" stay quiet.
const trouble = /\bFAILED\b|Failed to start|Kernel panic|\berror\b|\bERROR\b|timed out|\bTimeout\b|Call Trace|segfault|Out of memory/;

export function isTroubleLine(line: string): boolean {
  return trouble.test(line);
}

/** Zero-based indexes of the trouble lines, in order. */
export function findTroubleLines(lines: readonly string[]): number[] {
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (isTroubleLine(line)) found.push(index);
  });
  return found;
}
