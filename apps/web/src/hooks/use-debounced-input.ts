import { useEffect, useEffectEvent, useState } from 'react';

/**
 * A text field whose value is committed (to the URL, say) only after the user pauses typing.
 * When `value` changes from outside (back button, a link), the draft follows it.
 */
export function useDebouncedInput(
  value: string,
  onCommit: (next: string) => void,
  delayMs = 400,
): [string, (next: string) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const commit = useEffectEvent(onCommit);
  useEffect(() => {
    if (draft === value) return undefined;
    const timer = setTimeout(() => commit(draft), delayMs);
    return () => clearTimeout(timer);
  }, [draft, value, delayMs]);
  return [draft, setDraft];
}
