import { useLayoutEffect, useRef, useState } from 'react';
import { useConsoleOutput } from '../api/get-console-output.ts';

/** State behind the console view: the symbols switch, the query, and keeping the newest line in sight. */
export function useConsoleOutputView(region: string, id: string) {
  const [removeSymbols, setRemoveSymbols] = useState(false);
  const output = useConsoleOutput(region, id, removeSymbols);
  const logRef = useRef<HTMLPreElement>(null);
  const text = output.data?.text;

  // A boot log is read from the end (the login prompt, the last error), so show the end.
  useLayoutEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [text]);

  return { removeSymbols, setRemoveSymbols, output, logRef, refresh: () => void output.refetch() };
}
