import type { CommandSummary, CreateRolloutBody, RunCommandBody, RunOptions, Schedule, TargetSelection } from '@porthole/contract';
import { findParameters } from '../../components/script-editor/find-parameters.ts';
import type { RunFormValues } from './run-form-values.ts';

/** The machines the form describes, or undefined while it is incomplete. */
export function targetSelectionOf(values: Pick<RunFormValues, 'targetKind' | 'instanceIds' | 'tagKey' | 'tagValue' | 'resourceGroupId'>): TargetSelection | undefined {
  switch (values.targetKind) {
    case 'instances':
      return values.instanceIds.length > 0 ? { kind: 'instances', instanceIds: values.instanceIds } : undefined;
    case 'tag': {
      const key = values.tagKey?.trim();
      return key ? { kind: 'tag', key, value: values.tagValue?.trim() ?? '' } : undefined;
    }
    case 'resourceGroup':
      return values.resourceGroupId ? { kind: 'resourceGroup', resourceGroupId: values.resourceGroupId } : undefined;
  }
}

export function scheduleOf(values: RunFormValues): Schedule {
  switch (values.when) {
    case 'now':
    case 'next-reboot':
    case 'every-reboot':
      return { kind: values.when };
    case 'rate':
      return { kind: 'rate', every: values.every ?? 0, unit: values.unit };
    case 'at':
      return { kind: 'at', local: values.atLocal?.trim() ?? '', timeZone: values.timeZone };
    case 'cron':
      return { kind: 'cron', expression: values.cronExpression?.trim() ?? '', timeZone: values.timeZone };
  }
}

/** The `{{name}}` parameters the chosen command takes: a saved command's as the cloud reports them, a script's as typed. */
export function parameterNamesOf(values: Pick<RunFormValues, 'source' | 'content'>, command: CommandSummary | undefined): string[] {
  if (values.source === 'inline') return findParameters(values.content).names;
  return command?.enableParameter ? command.parameterNames : [];
}

// The cloud fills `{{ACS::InstanceName}}` and the other built-ins only when parameters are enabled.
const BUILT_IN = /\{\{\s*ACS::/i;

const text = (value: string | undefined) => value?.trim() || undefined;

function runOptionsOf(values: RunFormValues, command: CommandSummary | undefined): RunOptions {
  const names = parameterNamesOf(values, command);
  const options: RunOptions = {
    command:
      values.source === 'saved'
        ? { kind: 'saved', commandId: values.commandId ?? '' }
        : { kind: 'inline', type: values.type, content: values.content, enableParameter: names.length > 0 || BUILT_IN.test(values.content) },
    terminationMode: values.terminationMode,
  };
  // Only the current command's parameters: fields of a command chosen earlier stay in the form, unsent.
  if (names.length > 0) options.parameters = Object.fromEntries(names.map((name) => [name, values.parameters?.[name] ?? '']));
  const username = text(values.username);
  const workingDir = text(values.workingDir);
  const containerName = text(values.containerName);
  if (username) options.username = username;
  if (workingDir) options.workingDir = workingDir;
  if (containerName) options.containerName = containerName;
  if (typeof values.timeoutSeconds === 'number') options.timeoutSeconds = values.timeoutSeconds;
  return options;
}

/**
 * The target is always the explicit ids the user saw in the confirmation, whatever way they were chosen:
 * instances without a running agent are left out, and a tag matching more machines later changes nothing.
 */
export function toRunBody(values: RunFormValues, command: CommandSummary | undefined, instanceIds: string[], clientToken: string): RunCommandBody {
  return {
    ...runOptionsOf(values, command),
    clientToken,
    target: { kind: 'instances', instanceIds },
    schedule: scheduleOf(values),
    ...(values.dryRun ? { dryRun: true } : {}),
  };
}

export function toRolloutBody(values: RunFormValues, command: CommandSummary | undefined, instanceIds: string[], clientToken: string): CreateRolloutBody {
  return {
    ...runOptionsOf(values, command),
    clientToken,
    target: { kind: 'instances', instanceIds },
    maxConcurrency: values.maxConcurrency ?? 1,
    maxFailures: values.maxFailures ?? 0,
    pauseAfterFirstBatch: values.pauseAfterFirstBatch,
  };
}
