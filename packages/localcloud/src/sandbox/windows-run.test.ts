import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSandboxes, request, text, windowsSpec } from './sandbox-fixtures.ts';

let box: Awaited<ReturnType<typeof openSandboxes>>;
beforeEach(async () => void (box = await openSandboxes()));
afterEach(() => box.dispose());

const powershell = (content: string, more = {}) =>
  box.sandboxes.run(request(windowsSpec, content, { type: 'RunPowerShellScript', taskId: 't-win1', ...more })).result;

describe('simulated PowerShell on a Windows instance', () => {
  it('answers the commands it knows like Windows PowerShell', async () => {
    const { end, output } = await powershell(
      "Write-Output 'it''s' \"on $env:COMPUTERNAME\"; Write-Host a b\nhostname\n$env:COMPUTERNAME\nwhoami\necho 7",
    );
    expect(end).toEqual({ kind: 'exited', exitCode: 0 });
    const host = windowsSpec.hostName;
    expect(text(output)).toBe(`it's\r\non ${host}\r\na b\r\n${host}\r\n${host}\r\nnt authority\\system\r\n7\r\n`);
  });

  it('prints Get-Date in the instance time zone and exits with the code given', async () => {
    const { end, output } = await powershell('Get-Date\nexit 4\nWrite-Output never', { username: 'administrator' });
    expect(end).toEqual({ kind: 'exited', exitCode: 4 });
    expect(text(output)).toBe('\r\nTuesday, November 24, 2026 8:00:00 PM\r\n\r\n\r\n');
  });

  it("reports an unknown command with PowerShell's own error and exit code 1, then carries on", async () => {
    const { end, output } = await powershell('Write-Output before\n  Get-Service nginx\nWrite-Output after');
    expect(end).toEqual({ kind: 'exited', exitCode: 1 });
    expect(text(output)).toBe(
      [
        'before',
        "Get-Service : The term 'Get-Service' is not recognized as the name of a cmdlet, function, script file, or " +
          'operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.',
        'At C:\\ProgramData\\aliyun\\assist\\2.1.3.857\\work\\script\\t-win1.ps1:2 char:3',
        '+ Get-Service nginx',
        '+ ~~~~~~~~~~~',
        '    + CategoryInfo          : ObjectNotFound: (Get-Service:String) [], CommandNotFoundException',
        '    + FullyQualifiedErrorId : CommandNotFoundException',
        ' ',
        'after',
        '',
      ].join('\r\n'),
    );
  });

  it('sleeps on the injected clock, so Timeout applies', async () => {
    const running = box.sandboxes.run(
      request(windowsSpec, 'Write-Output go\nStart-Sleep -Seconds 120\nWrite-Output late', { type: 'RunPowerShellScript', timeoutSeconds: 60 }),
    );
    await Promise.resolve();
    box.clock.advance(60_000);
    const { end, output } = await running.result;
    expect(end).toEqual({ kind: 'timeout' });
    expect(text(output)).toBe('go\r\n');
    expect(box.clock.pendingTimers).toBe(0);
  });

  it('refuses shell scripts, unknown accounts and directories', async () => {
    const shell = await box.sandboxes.run(request(windowsSpec, 'ls')).result;
    expect(shell.end).toMatchObject({ kind: 'refused', errorCode: 'CommandNotApplicable' });
    expect((await powershell('hostname', { username: 'root' })).end).toMatchObject({ errorCode: 'AccountNotExists' });
    expect((await powershell('hostname', { workingDir: 'D:\\data' })).end).toMatchObject({ errorCode: 'DirectoryNotExists' });
    expect((await powershell('hostname', { workingDir: 'c:\\windows\\temp\\' })).end).toEqual({ kind: 'exited', exitCode: 0 });
  });
});

describe('simulated batch files', () => {
  it("echoes commands like cmd.exe until @echo off, and sets ERRORLEVEL 9009 for unknown ones", async () => {
    const run = (content: string) => box.sandboxes.run(request(windowsSpec, content, { type: 'RunBatScript' })).result;
    const echoed = await run('echo %COMPUTERNAME%');
    expect(text(echoed.output)).toBe(`\r\nC:\\Windows\\system32>echo %COMPUTERNAME%\r\n${windowsSpec.hostName}\r\n`);
    const quiet = await run('@echo off\nwhoami\nnetstat -an');
    expect(quiet.end).toEqual({ kind: 'exited', exitCode: 9009 });
    expect(text(quiet.output)).toBe(
      "nt authority\\system\r\n'netstat' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n",
    );
    expect((await run('@echo off\nexit /b 3')).end).toEqual({ kind: 'exited', exitCode: 3 });
  });
});
