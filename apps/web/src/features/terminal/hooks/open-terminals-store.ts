import { Type } from 'typebox';
import { Value } from 'typebox/value';
import { TerminalSummary } from '@porthole/contract';
import { ListenerSet } from '../transport/listener-set.ts';
import type { Disposable } from '../transport/terminal-transport.ts';

// The tab list lives in sessionStorage: a reload keeps this tab's shells (they resume within a minute),
// another browser tab starts with its own list, and closing the browser forgets them.
const storageKey = 'porthole.terminals';
const StoredTerminals = Type.Array(TerminalSummary);

const changes = new ListenerSet<void>();
let cache: { raw: string | null; list: readonly TerminalSummary[] } | undefined;

export function readOpenTerminals(): readonly TerminalSummary[] {
  const raw = sessionStorage.getItem(storageKey);
  if (cache && cache.raw === raw) return cache.list;
  let list: readonly TerminalSummary[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    // Anything else (an older format, a hand edit) is dropped rather than half-trusted.
    if (Value.Check(StoredTerminals, parsed)) list = parsed;
  } catch {
    list = [];
  }
  cache = { raw, list };
  return list;
}

function write(list: readonly TerminalSummary[]): void {
  sessionStorage.setItem(storageKey, JSON.stringify(list));
  changes.emit();
}

/** Adds a terminal, or replaces the entry with the same id. */
export function addOpenTerminal(terminal: TerminalSummary): void {
  write([...readOpenTerminals().filter((entry) => entry.id !== terminal.id), terminal]);
}

export function removeOpenTerminal(id: string): void {
  write(readOpenTerminals().filter((entry) => entry.id !== id));
}

export function subscribeOpenTerminals(listener: () => void): Disposable {
  return changes.add(listener);
}
