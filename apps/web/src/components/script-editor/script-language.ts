import { StreamLanguage, type LanguageSupport, type StreamParser } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import type { CommandType } from '@porthole/contract';
import { powerShell } from '@codemirror/legacy-modes/mode/powershell';
import { python } from '@codemirror/legacy-modes/mode/python';
import { shell } from '@codemirror/legacy-modes/mode/shell';

// Bat scripts have no CodeMirror mode; they are shown as plain text.
const parsers: Record<CommandType, StreamParser<unknown> | undefined> = {
  RunShellScript: shell as StreamParser<unknown>,
  RunPythonScript: python as StreamParser<unknown>,
  RunPowerShellScript: powerShell as StreamParser<unknown>,
  RunBatScript: undefined,
};

/** Syntax highlighting for a script of this type. */
export function scriptLanguage(type: CommandType): Extension | LanguageSupport {
  const parser = parsers[type];
  return parser ? StreamLanguage.define(parser) : [];
}
