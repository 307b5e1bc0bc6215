import { parse } from 'shell-quote';
import { ContainerExecBody } from '@porthole/contract';

// ExecContainerCommand takes an argv array and runs it without a shell. People type shell lines, so
// the line is split with shell quoting rules by shell-quote (a well-kept parser: quotes, escapes and
// ANSI-C strings are easy to get subtly wrong by hand). What only a shell could do (pipes,
// redirects, `&&`, comments) is refused with a hint to use `sh -c '…'` instead of being silently
// mangled; `$VAR` and globs stay literal, which is exactly what the container receives without a shell.

// The limits are read from the contract's schema (TypeBox keeps them as plain JSON Schema keywords,
// untyped), so the browser refuses exactly what the BFF would.
function schemaLimit(schema: object, keyword: 'maxItems' | 'maxLength'): number {
  const value: unknown = Reflect.get(schema, keyword);
  if (typeof value !== 'number') throw new Error(`ContainerExecBody.command has no ${keyword}`);
  return value;
}

const commandSchema = ContainerExecBody.properties.command;
export const maxCommandWords = schemaLimit(commandSchema, 'maxItems');
export const maxWordLength = schemaLimit(commandSchema.items, 'maxLength');

export type CommandLineProblem =
  | { kind: 'empty' }
  | { kind: 'operator'; op: string }
  | { kind: 'comment' }
  | { kind: 'tooManyArgs'; max: number }
  | { kind: 'argTooLong'; max: number };

export type ParsedCommandLine = { kind: 'ok'; argv: string[] } | { kind: 'problem'; problem: CommandLineProblem };

/** Keeps `$NAME` as typed: there is no shell in the container to expand it, and the browser must not. */
const keepVariable = (name: string) => `$${name}`;

export function parseCommandLine(line: string): ParsedCommandLine {
  const argv: string[] = [];
  for (const entry of parse(line, keepVariable)) {
    if (typeof entry === 'string') argv.push(entry);
    else if ('comment' in entry) return problem({ kind: 'comment' });
    else if (entry.op === 'glob') argv.push(entry.pattern);
    else return problem({ kind: 'operator', op: entry.op });
  }
  if (argv.length === 0) return problem({ kind: 'empty' });
  if (argv.length > maxCommandWords) return problem({ kind: 'tooManyArgs', max: maxCommandWords });
  if (argv.some((word) => word.length > maxWordLength)) return problem({ kind: 'argTooLong', max: maxWordLength });
  return { kind: 'ok', argv };
}

function problem(value: CommandLineProblem): ParsedCommandLine {
  return { kind: 'problem', problem: value };
}
