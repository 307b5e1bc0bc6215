import type { CommandSummary, ResolvedTarget, Schedule } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import type { RunRequest } from '../hooks/use-run-submission.ts';
import type { RunFormValues } from '../run-form-values.ts';
import { toRolloutBody, toRunBody } from '../run-request.ts';
import type { SchedulePreview } from '../schedule-preview.ts';
import { describeWhen } from './describe-when.ts';
import type { RunMode, RunReview } from './review-dialog.tsx';

export interface RunReviewInput {
  values: RunFormValues;
  command: CommandSummary | undefined;
  parameterNames: string[];
  runnable: ResolvedTarget[];
  skipped: number;
  schedule: Schedule;
  preview: SchedulePreview;
  timeoutSeconds: number;
}

/** What the confirmation states, and the request that does exactly that: both from the same values. */
export function useRunReview(input: RunReviewInput): { summary: RunReview; request: (clientToken: string) => RunRequest } {
  const { t } = useTranslation();
  const { values, command, parameterNames, runnable, skipped, schedule, preview, timeoutSeconds } = input;
  const mode: RunMode = values.dryRun ? 'dryRun' : values.rollout ? 'rollout' : 'run';
  const type = values.source === 'saved' ? command?.type : values.type;
  const ids = runnable.map((target) => target.instanceId);
  const summary: RunReview = {
    mode,
    commandName: values.source === 'saved' ? (command?.name ?? values.commandId ?? '') : t('runCommand.review.script'),
    typeLabel: type ? t(`commands.types.${type}`) : '',
    parameters: Object.fromEntries(parameterNames.map((name) => [name, values.parameters?.[name] ?? ''])),
    targets: runnable,
    skipped,
    when: describeWhen(schedule, preview, t),
    username: values.username?.trim() || undefined,
    workingDir: values.workingDir?.trim() || undefined,
    timeoutSeconds,
    rollout:
      mode === 'rollout'
        ? { maxConcurrency: values.maxConcurrency ?? 1, maxFailures: values.maxFailures ?? 0, pauseAfterFirstBatch: values.pauseAfterFirstBatch }
        : undefined,
  };
  const request = (clientToken: string): RunRequest =>
    mode === 'rollout'
      ? { kind: 'rollout', body: toRolloutBody(values, command, ids, clientToken) }
      : { kind: 'run', body: toRunBody(values, command, ids, clientToken) };
  return { summary, request };
}
