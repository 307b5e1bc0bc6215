import { useMemo } from 'react';
import { parseLogLines } from './ansi/parse-log-lines.ts';
import { classifyBootPhases } from './classify/boot-phases.ts';
import { findTroubleLines } from './classify/trouble-lines.ts';

/** Everything the viewer derives from the text, computed once per text. */
export function useLogModel(text: string) {
  return useMemo(() => {
    const lines = parseLogLines(text);
    const plain = lines.map((line) => line.plain);
    const troubleLines = findTroubleLines(plain);
    return { lines, plain, phases: classifyBootPhases(plain), troubleLines, troubleSet: new Set(troubleLines) };
  }, [text]);
}

export type LogModel = ReturnType<typeof useLogModel>;
