import type { CommandType } from '@porthole/contract';

export type CommandSource = 'saved' | 'inline';
export type TargetKind = 'instances' | 'tag' | 'resourceGroup';
export type WhenKind = 'now' | 'rate' | 'at' | 'cron' | 'next-reboot' | 'every-reboot';
export type RateUnit = 'm' | 'h' | 'd';
export type TerminationMode = 'Process' | 'ProcessTree';

/** Everything the run form holds; the request is derived from it in run-request.ts. */
export interface RunFormValues {
  source: CommandSource;
  commandId?: string | undefined;
  type: CommandType;
  content: string;
  parameters?: Record<string, string | undefined> | undefined;
  targetKind: TargetKind;
  instanceIds: string[];
  tagKey?: string | undefined;
  tagValue?: string | undefined;
  resourceGroupId?: string | undefined;
  username?: string | undefined;
  workingDir?: string | undefined;
  timeoutSeconds?: number | null | undefined;
  containerName?: string | undefined;
  terminationMode: TerminationMode;
  when: WhenKind;
  every: number | null;
  unit: RateUnit;
  atLocal?: string | undefined;
  cronExpression?: string | undefined;
  timeZone: string;
  dryRun: boolean;
  rollout: boolean;
  maxConcurrency: number | null;
  maxFailures: number | null;
  pauseAfterFirstBatch: boolean;
}

export interface RunPreset {
  commandId?: string | undefined;
  instanceIds: string[];
}

export function initialRunValues(preset: RunPreset, viewerZone: string): RunFormValues {
  return {
    // Without a saved command to run, typing a script is the quickest way to a result.
    source: preset.commandId ? 'saved' : 'inline',
    commandId: preset.commandId,
    type: 'RunShellScript',
    content: '',
    targetKind: 'instances',
    instanceIds: preset.instanceIds,
    terminationMode: 'Process',
    when: 'now',
    every: 1,
    unit: 'h',
    timeZone: viewerZone,
    dryRun: false,
    rollout: false,
    maxConcurrency: 2,
    maxFailures: 0,
    pauseAfterFirstBatch: false,
  };
}
