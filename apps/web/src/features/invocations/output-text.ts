import type { InvocationResult } from '@porthole/contract';
import { parseLogLines } from '../../components/log-viewer/ansi/parse-log-lines.ts';

/**
 * Output is whatever the script printed, so it is hostile: it goes through the log viewer's own
 * sanitiser and comes out as plain lines (no escape sequences, controls shown as pictures).
 */
export function plainLines(text: string): string[] {
  return parseLogLines(text).map((line) => line.plain);
}

/** The first lines only: parsing all 24 KB of every row to show two lines would be wasted work. */
export function previewLines(text: string, count: number): string[] {
  let end = -1;
  for (let line = 0; line < count; line += 1) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text ? plainLines(text).slice(0, count) : [];
  }
  return plainLines(text.slice(0, end)).slice(0, count);
}

export interface OutputGroup {
  output: string;
  instanceIds: string[];
}

/**
 * Instances that printed exactly the same thing, largest group first: on a fleet the interesting
 * rows are the ones that differ. Empty output and one-instance groups say nothing and are left out.
 */
export function groupIdenticalOutputs(results: readonly InvocationResult[]): OutputGroup[] {
  const byOutput = new Map<string, string[]>();
  for (const result of results) {
    if (!result.output) continue;
    const ids = byOutput.get(result.output) ?? [];
    ids.push(result.instanceId);
    byOutput.set(result.output, ids);
  }
  return [...byOutput]
    .filter(([, ids]) => ids.length > 1)
    .map(([output, instanceIds]) => ({ output, instanceIds }))
    .sort((a, b) => b.instanceIds.length - a.instanceIds.length);
}

/** Every instance's output in one plain-text file, each after a header line naming the instance. */
export function outputsFile(results: readonly InvocationResult[], header: (result: InvocationResult) => string): string {
  return results.map((result) => [header(result), ...plainLines(result.output)].join('\n')).join('\n\n') + '\n';
}
