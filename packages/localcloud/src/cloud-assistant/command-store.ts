import { randomBytes } from 'node:crypto';
import type { CommandRecord } from './model.ts';
import { findPublicCommand, publicCommands } from './public-commands.ts';

/** Retained custom commands per region (the quota's default; it is adjustable up to 50,000 in the cloud). */
export const MAX_COMMANDS_PER_REGION = 500;

export const newCommandId = (): string => `c-${randomBytes(15).toString('hex')}`;

/** The account's commands per region, plus the cloud's common ones (read-only, every region). */
export class CommandStore {
  readonly #commands = new Map<string, CommandRecord>();
  readonly #onChange: () => void;

  constructor(saved: readonly CommandRecord[], onChange: () => void) {
    for (const command of saved) this.#commands.set(command.commandId, command);
    this.#onChange = onChange;
  }

  /** Custom commands of the region, newest first. */
  custom(regionId: string): CommandRecord[] {
    return [...this.#commands.values()].filter((c) => c.regionId === regionId).sort((a, b) => b.creationTime - a.creationTime);
  }

  get public(): readonly CommandRecord[] {
    return publicCommands;
  }

  /** A custom command of the region, or a common command by id or name. */
  find(regionId: string, idOrName: string): CommandRecord | undefined {
    const own = this.#commands.get(idOrName);
    return own?.regionId === regionId ? own : findPublicCommand(idOrName);
  }

  add(command: CommandRecord): void {
    this.#commands.set(command.commandId, command);
    this.#onChange();
  }

  delete(commandId: string): void {
    this.#commands.delete(commandId);
    this.#onChange();
  }

  changed(): void {
    this.#onChange();
  }

  snapshot(): CommandRecord[] {
    return [...this.#commands.values()];
  }
}
