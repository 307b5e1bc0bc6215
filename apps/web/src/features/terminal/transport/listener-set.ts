import type { Disposable } from './terminal-transport.ts';

/** A list of listeners whose `add` returns the disposable that removes it again. */
export class ListenerSet<T> {
  readonly #listeners = new Set<(value: T) => void>();

  add(listener: (value: T) => void): Disposable {
    this.#listeners.add(listener);
    return { dispose: () => void this.#listeners.delete(listener) };
  }

  emit(value: T): void {
    // A copy: a listener may dispose itself (or another) while being called.
    for (const listener of [...this.#listeners]) listener(value);
  }

  clear(): void {
    this.#listeners.clear();
  }
}
