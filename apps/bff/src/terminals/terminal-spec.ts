import type { TerminalKind, TerminalState } from '@porthole/contract';

/** What a terminal was opened on and as whom: fixed when the browser reserves it. */
export interface TerminalSpec {
  readonly kind: TerminalKind;
  readonly regionId: string;
  /** Instance id, or container group id. */
  readonly targetId: string;
  readonly targetName: string;
  readonly containerName: string | null;
  readonly username: string | null;
  readonly commandLine: string | null;
  /** The container's shell (ECI only). */
  readonly shell: string | null;
  readonly cols: number;
  readonly rows: number;
}

export interface TerminalOwner {
  readonly id: string;
  readonly name: string;
}

export type { TerminalState };
