import { longDate, lookupEnv, whoami, type WindowsGuest } from './windows-guest.ts';

/**
 * A very small Windows PowerShell 5.1: enough for the commands people try first on a Windows instance, and the
 * exact error PowerShell prints for anything else. Resolves to the exit code, or undefined when stopped.
 */
export async function runPowerShell(content: string, guest: WindowsGuest): Promise<number | undefined> {
  let failed = false;
  const lines = content.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    for (const statement of splitOutsideQuotes(line, ';')) {
      const text = statement.trim();
      if (text === '' || text.startsWith('#')) continue;
      const outcome = await runStatement(text, guest);
      if (outcome === 'stopped') return undefined;
      if (typeof outcome === 'number') return outcome;
      if (outcome === 'unknown') {
        failed = true;
        guest.write(notRecognized(text, index + 1, line.indexOf(text) + 1, guest.scriptPath));
      }
    }
  }
  return failed ? 1 : 0;
}

type Outcome = 'ok' | 'unknown' | 'stopped' | number;

async function runStatement(text: string, guest: WindowsGuest): Promise<Outcome> {
  const [name = '', ...args] = tokenize(text);
  const out = (value: string) => guest.write(`${value}\r\n`);
  switch (name.toLowerCase()) {
    case 'write-output':
    case 'write':
    case 'echo':
      for (const arg of args) out(value(arg, guest));
      return 'ok';
    case 'write-host':
      out(args.map((arg) => value(arg, guest)).join(' '));
      return 'ok';
    case 'hostname':
      out(guest.hostName);
      return 'ok';
    case 'whoami':
      out(whoami(guest));
      return 'ok';
    case 'get-date':
      guest.write(`\r\n${longDate(guest.now(), guest.timeZone)}\r\n\r\n\r\n`);
      return 'ok';
    case 'start-sleep':
      return (await guest.sleep(sleepMs(args))) ? 'ok' : 'stopped';
    case 'exit':
      return Number.parseInt(args[0] ?? '0', 10) || 0;
  }
  // A lone value is an expression: PowerShell prints it.
  if (args.length === 0 && /^(['"]|\$env:|-?\d)/i.test(name)) {
    out(value(name, guest));
    return 'ok';
  }
  return 'unknown';
}

function sleepMs(args: readonly string[]): number {
  const [first = '0', second] = args;
  if (/^-m/i.test(first)) return Number(second ?? 0);
  return Number(first.startsWith('-') ? (second ?? 0) : first) * 1000;
}

/** Single quotes are literal; double quotes and bare words expand `$env:NAME`. */
function value(token: string, guest: WindowsGuest): string {
  if (token.startsWith("'")) return token.slice(1, -1).replaceAll("''", "'");
  const body = token.startsWith('"') ? token.slice(1, -1) : token;
  return body.replace(/\$env:([A-Za-z_][A-Za-z0-9_]*)/gi, (_, name: string) => lookupEnv(guest.env, name));
}

function tokenize(text: string): string[] {
  return text.match(/'(?:[^']|'')*'|"[^"]*"|[^\s]+/g) ?? [];
}

function splitOutsideQuotes(line: string, separator: string): string[] {
  const parts: string[] = [];
  let quote = '';
  let current = '';
  for (const char of line) {
    if (quote === '' && char === separator) {
      parts.push(current);
      current = '';
      continue;
    }
    if (quote === '' && (char === '"' || char === "'")) quote = char;
    else if (char === quote) quote = '';
    current += char;
  }
  return [...parts, current];
}

/** PowerShell's CommandNotFoundException record, as `2>&1` renders it without a console to wrap at. */
function notRecognized(text: string, line: number, column: number, scriptPath: string): string {
  const term = text.split(/\s+/)[0] ?? text;
  return [
    `${term} : The term '${term}' is not recognized as the name of a cmdlet, function, script file, or operable program. ` +
      'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.',
    `At ${scriptPath}:${line} char:${column}`,
    `+ ${text}`,
    `+ ${'~'.repeat(term.length)}`,
    `    + CategoryInfo          : ObjectNotFound: (${term}:String) [], CommandNotFoundException`,
    '    + FullyQualifiedErrorId : CommandNotFoundException',
    ' ',
    '',
  ].join('\r\n');
}
