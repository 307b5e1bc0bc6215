import type { InstanceSpec } from '../world/model.ts';
import type { GuestContainer } from './guest-containers.ts';
import type { RefusalCode } from './refusals.ts';

export type ScriptType = 'RunShellScript' | 'RunPythonScript' | 'RunPowerShellScript' | 'RunBatScript';
export type TerminationMode = 'Process' | 'ProcessTree';

/** One execution of a command on one instance, as the Cloud Assistant agent receives it. */
export interface ScriptRequest {
  readonly spec: InstanceSpec;
  readonly type: ScriptType;
  /** Custom and built-in parameters already substituted. */
  readonly content: string;
  /** Empty means the default account: root on Linux (or the container's user), System on Windows. */
  readonly username: string;
  /** A guest path; empty means the user's home (C:\Windows\system32 on Windows). */
  readonly workingDir: string;
  readonly timeoutSeconds: number;
  readonly terminationMode: TerminationMode;
  /** A command line in which `{{ACS::ScriptFileName}}` (optionally `|Ext(".py")`) stands for the script file. */
  readonly launcher?: string;
  readonly container?: GuestContainer;
  readonly env?: Readonly<Record<string, string>>;
  /** Names the script file the way the agent does (`t-<id>.sh`); the invocation's task id fits. */
  readonly taskId?: string;
}

export type ScriptEnd =
  | { readonly kind: 'exited'; readonly exitCode: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'terminated' }
  | { readonly kind: 'refused'; readonly errorCode: RefusalCode; readonly errorInfo: string }
  | { readonly kind: 'error'; readonly errorCode: 'ExecutionException'; readonly errorInfo: string };

export interface ScriptResult {
  readonly end: ScriptEnd;
  /** stdout and stderr interleaved as they arrived; only the first `outputLimitBytes`. */
  readonly output: Uint8Array;
  /** Bytes written beyond the limit. */
  readonly dropped: number;
  /** Injected-clock ms. */
  readonly startedAt: number;
  readonly finishedAt: number;
}

export interface RunningScript {
  readonly result: Promise<ScriptResult>;
  /** StopInvocation: kills per the request's TerminationMode; the end becomes `terminated`. */
  stop(): void;
}
