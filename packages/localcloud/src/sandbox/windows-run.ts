import type { Clock } from '../clock.ts';
import { runBatch } from './batch.ts';
import { findGuestUser, guestUsers } from './guest-users.ts';
import type { OutputCapture } from './output-capture.ts';
import { runPowerShell } from './powershell.ts';
import { refused } from './refusals.ts';
import type { ScriptEnd, ScriptRequest } from './script-request.ts';
import { windowsEnvironment, windowsTimeZone, type WindowsGuest } from './windows-guest.ts';

const DEFAULT_DIR = 'C:\\Windows\\system32';

/** The directories a fresh Windows Server image has that scripts commonly start in. */
const KNOWN_DIRS = ['C:\\', 'C:\\Windows', DEFAULT_DIR, 'C:\\Windows\\Temp', 'C:\\Users', 'C:\\Users\\Administrator', 'C:\\ProgramData'];

/**
 * Windows instances have no real Windows to run on: PowerShell and batch scripts go through small simulators that
 * answer the commands they know like the real shells and fail on the rest the way those do. Undefined: stopped.
 */
export function runOnWindows(
  req: ScriptRequest,
  clock: Clock,
  capture: OutputCapture,
  stop: AbortSignal,
): Promise<ScriptEnd | undefined> | ScriptEnd {
  if (req.type === 'RunShellScript' || req.type === 'RunPythonScript' || req.container) return refused('CommandNotApplicable');
  const user = findGuestUser(guestUsers(req.spec), req.username, true);
  if (!user) return refused('AccountNotExists');
  const workingDir = (req.workingDir || DEFAULT_DIR).replace(/(.)\\$/, '$1');
  const known = KNOWN_DIRS.find((d) => d.toLowerCase() === workingDir.toLowerCase());
  if (!known) return refused('DirectoryNotExists');
  const version = req.spec.cloudAssistantVersion ?? '2.1.3.857';
  const extension = req.type === 'RunPowerShellScript' ? '.ps1' : '.bat';
  const guest: WindowsGuest = {
    hostName: req.spec.hostName,
    user,
    workingDir: known,
    scriptPath: `C:\\ProgramData\\aliyun\\assist\\${version}\\work\\script\\${req.taskId ?? 'script'}${extension}`,
    env: windowsEnvironment(req.spec.hostName, user, req.env ?? {}),
    timeZone: windowsTimeZone(req.spec.regionId),
    now: () => clock.now(),
    sleep: (ms) =>
      new Promise((resolve) => {
        if (stop.aborted) return resolve(false);
        const onStop = () => {
          timer.cancel();
          resolve(false);
        };
        const timer = clock.setTimeout(() => {
          stop.removeEventListener('abort', onStop);
          resolve(true);
        }, ms);
        stop.addEventListener('abort', onStop, { once: true });
      }),
    write: (text) => capture.write(text),
  };
  const exit = async (): Promise<ScriptEnd | undefined> => {
    const code = req.type === 'RunPowerShellScript' ? await runPowerShell(req.content, guest) : runBatch(req.content, guest);
    return code === undefined || stop.aborted ? undefined : { kind: 'exited', exitCode: code };
  };
  return exit();
}
