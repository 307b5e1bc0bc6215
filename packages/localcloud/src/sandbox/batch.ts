import { lookupEnv, whoami, type WindowsGuest } from './windows-guest.ts';

/** cmd.exe's code for a command it cannot find. */
const NOT_FOUND = 9009;

/**
 * A very small cmd.exe running a .bat file: echo (with cmd's command echo unless `@echo off`), hostname, whoami,
 * rem and `exit [/b] N`; anything else gives cmd's "not recognized" message. Resolves to ERRORLEVEL.
 */
export function runBatch(content: string, guest: WindowsGuest): number {
  let echoOn = true;
  let errorLevel = 0;
  const out = (text: string) => guest.write(`${text}\r\n`);
  for (const raw of content.split(/\r?\n/)) {
    const silent = raw.trimStart().startsWith('@');
    const line = raw.trim().replace(/^@/, '').trim();
    if (line === '' || line.startsWith('::')) continue;
    if (echoOn && !silent) guest.write(`\r\n${guest.workingDir}>${line}\r\n`);
    const expanded = line.replace(/%([^%\s]+)%/g, (_, name: string) => lookupEnv(guest.env, name));
    const [command = '', ...rest] = expanded.split(/\s+/);
    const args = rest.join(' ');
    errorLevel = 0;
    switch (command.toLowerCase()) {
      case 'rem':
        break;
      case 'echo':
        if (/^(off|on)$/i.test(args)) echoOn = args.toLowerCase() === 'on';
        else out(args === '' ? `ECHO is ${echoOn ? 'on' : 'off'}.` : expanded.replace(/^echo\s/i, ''));
        break;
      case 'echo.':
        out('');
        break;
      case 'hostname':
        out(guest.hostName);
        break;
      case 'whoami':
        out(whoami(guest));
        break;
      case 'exit':
        return Number.parseInt(args.replace(/^\/b\s*/i, ''), 10) || 0;
      default:
        out(`'${command}' is not recognized as an internal or external command,\r\noperable program or batch file.`);
        errorLevel = NOT_FOUND;
    }
  }
  return errorLevel;
}
