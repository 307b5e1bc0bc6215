import { useState } from 'react';
import type { LineRange } from '@porthole/contract';

/**
 * Line range selection, as in a code host: click a line number to select that line, Shift-click
 * another to extend from the first click. Clicking the only selected line again clears it.
 */
export function useLineSelection(initial: LineRange | null | undefined, onSelectRange?: (range: LineRange | null) => void) {
  const [range, setRange] = useState<LineRange | null>(initial ?? null);
  const [anchor, setAnchor] = useState<number | null>(initial?.from ?? null);

  const update = (next: LineRange | null) => {
    setRange(next);
    onSelectRange?.(next);
  };

  const clickLine = (line: number, extend: boolean) => {
    if (extend && anchor !== null) {
      update({ from: Math.min(anchor, line), to: Math.max(anchor, line) });
      return;
    }
    if (range && range.from === line && range.to === line) {
      setAnchor(null);
      update(null);
      return;
    }
    setAnchor(line);
    update({ from: line, to: line });
  };

  const clear = () => {
    setAnchor(null);
    update(null);
  };

  return { range, clickLine, clear };
}
