import { useState } from 'react';
import type { LineRange } from '@porthole/contract';
import { useConsoleOutput } from '../api/get-console-output.ts';
import { firstNewLine } from '../first-new-line.ts';

interface Seen {
  fetchedAt: number;
  text: string;
  newFromLine: number | null;
}

/**
 * State behind the console view: the symbols and Follow switches, the query, the selected lines,
 * and which lines arrived with the latest fetch. Follow starts on while the instance is booting,
 * when the output is still growing.
 */
export function useConsoleOutputView(region: string, id: string, booting: boolean) {
  const [removeSymbols, setRemoveSymbols] = useState(false);
  const [follow, setFollow] = useState(booting);
  const [selectedRange, setSelectedRange] = useState<LineRange | null>(null);
  const output = useConsoleOutput(region, id, removeSymbols, follow);

  // Derived from the previous fetch during render, as React suggests for state that tracks a prop.
  const [seen, setSeen] = useState<Seen | null>(null);
  const { data, dataUpdatedAt } = output;
  if (data && !output.isPlaceholderData && seen?.fetchedAt !== dataUpdatedAt) {
    setSeen({ fetchedAt: dataUpdatedAt, text: data.text, newFromLine: seen ? firstNewLine(seen.text, data.text) : null });
  }

  return {
    removeSymbols,
    setRemoveSymbols,
    follow,
    setFollow,
    selectedRange,
    setSelectedRange,
    output,
    newFromLine: seen?.text === data?.text ? (seen?.newFromLine ?? null) : null,
    refresh: () => void output.refetch(),
  };
}
