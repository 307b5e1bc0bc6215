import { rename, writeFile } from 'node:fs/promises';

const DEBOUNCE_MS = 100;

/**
 * Writes a JSON snapshot after changes: debounced, atomically (temp file then rename, so a crash never
 * leaves half a file) and one write at a time. Used for the world's state file and the Cloud Assistant's.
 */
export class JsonFileWriter<T> {
  readonly #path: string;
  readonly #snapshot: () => T;
  readonly #onlyAfterChange: boolean;
  readonly #indent: number | undefined;
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> = Promise.resolve();
  #dirty = false;

  /**
   * `onlyAfterChange`: flush writes nothing until something changed, so an unused part leaves no file.
   * `compact`: no indentation, for files that hold bulk data (command output) rather than settings.
   */
  constructor(path: string, snapshot: () => T, options: { onlyAfterChange?: boolean; compact?: boolean } = {}) {
    this.#path = path;
    this.#snapshot = snapshot;
    this.#onlyAfterChange = options.onlyAfterChange ?? false;
    this.#indent = options.compact ? undefined : 2;
  }

  schedule(): void {
    this.#dirty = true;
    if (this.#timer) return;
    // A failed background write is retried by the next change and surfaces from close()'s flush.
    this.#timer = setTimeout(() => this.flush().catch(() => undefined), DEBOUNCE_MS);
    this.#timer.unref();
  }

  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#onlyAfterChange && !this.#dirty) return this.#writing;
    this.#dirty = false;
    const body = `${JSON.stringify(this.#snapshot(), null, this.#indent)}\n`;
    const tmp = `${this.#path}.${process.pid}.tmp`;
    this.#writing = this.#writing.catch(() => undefined).then(async () => {
      await writeFile(tmp, body, 'utf8');
      await rename(tmp, this.#path);
    });
    return this.#writing;
  }
}
