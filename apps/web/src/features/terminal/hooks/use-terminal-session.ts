import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { browserClock } from '../session/session-clock.ts';
import { TerminalSession, type SessionSnapshot } from '../session/terminal-session.ts';
import { initialSessionState } from '../session/session-state.ts';
import type { Disposable, TerminalTransportFactory } from '../transport/terminal-transport.ts';
import { webSocketTransportFactory } from '../transport/websocket-transport.ts';
import { createXterm, type XtermHandle } from '../xterm/create-xterm.ts';

const idleSnapshot: SessionSnapshot = { state: initialSessionState, latency: { browserMs: null, upstreamMs: null }, paste: null };

/** Holds the current session for useSyncExternalStore, which needs one stable subscribe function. */
class SessionSlot {
  session: TerminalSession | undefined;
  readonly #listeners = new Set<() => void>();
  #forwarding: Disposable | undefined;

  readonly subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  };

  readonly getSnapshot = () => this.session?.snapshot ?? idleSnapshot;

  set(session: TerminalSession | undefined): void {
    this.#forwarding?.dispose();
    this.session = session;
    this.#forwarding = session?.subscribe(() => this.#notify());
    this.#notify();
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

export interface UseTerminalSessionOptions {
  socketPath: string;
  fontSize: number;
  gpu: boolean;
  /** Tests and the e2e harness may supply their own transport. */
  connect?: TerminalTransportFactory;
}

/**
 * Owns one terminal on screen: xterm in the element given to `containerRef`, the session behind it,
 * and every listener between them, all disposed when the element or socket path goes away.
 */
export function useTerminalSession({ socketPath, fontSize, gpu, connect }: UseTerminalSessionOptions) {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [slot] = useState(() => new SessionSlot());
  const xtermRef = useRef<XtermHandle | undefined>(undefined);
  // Read once per session: changing them later is handled below without reconnecting.
  const initial = useRef({ fontSize, gpu, connect });

  useEffect(() => {
    if (!element) return;
    const { fontSize: startSize, gpu: startGpu, connect: customConnect } = initial.current;
    const xterm = createXterm(element, { fontSize: startSize, gpu: startGpu });
    const session = new TerminalSession({
      connect: customConnect ?? webSocketTransportFactory(socketPath),
      screen: { write: (data, rendered) => xterm.terminal.write(data, rendered) },
      clock: browserClock,
      size: { cols: xterm.terminal.cols, rows: xterm.terminal.rows },
    });
    const subscriptions = [
      xterm.terminal.onData((data) => session.input(data)),
      xterm.terminal.onResize(({ cols, rows }) => session.resize(cols, rows)),
    ];
    const lost = () => session.networkLost();
    const back = () => session.networkBack();
    window.addEventListener('offline', lost);
    window.addEventListener('online', back);
    xtermRef.current = xterm;
    slot.set(session);
    session.start();
    // The user just opened or picked this shell: typing should go to it.
    xterm.terminal.focus();
    return () => {
      for (const subscription of subscriptions) subscription.dispose();
      window.removeEventListener('offline', lost);
      window.removeEventListener('online', back);
      slot.set(undefined);
      session.dispose();
      xterm.dispose();
      xtermRef.current = undefined;
    };
  }, [element, socketPath, slot]);

  useEffect(() => xtermRef.current?.setFontSize(fontSize), [fontSize]);
  useEffect(() => xtermRef.current?.setGpu(gpu), [gpu]);

  const snapshot = useSyncExternalStore(slot.subscribe, slot.getSnapshot);
  const cancelPaste = useCallback(() => slot.session?.cancelPaste(), [slot]);
  const find = useCallback((text: string, backwards = false) => {
    const search = xtermRef.current?.search;
    if (!search || !text) return false;
    return backwards ? search.findPrevious(text) : search.findNext(text);
  }, []);
  const focus = useCallback(() => xtermRef.current?.terminal.focus(), []);

  return { containerRef: setElement, snapshot, cancelPaste, find, focus };
}
