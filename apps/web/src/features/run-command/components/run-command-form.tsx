import { useState } from 'react';
import { Alert, Button, Flex, Form, Tooltip } from 'antd';
import type { CommandSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { useCommandChoices } from '../api/get-command-choices.ts';
import { useResolvedTargets } from '../api/resolve-targets.ts';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';
import { useNow } from '../hooks/use-now.ts';
import { useRunSubmission } from '../hooks/use-run-submission.ts';
import { initialRunValues, type RunFormValues, type RunPreset } from '../run-form-values.ts';
import { parameterNamesOf, scheduleOf, targetSelectionOf } from '../run-request.ts';
import { previewSchedule } from '../schedule-preview.ts';
import { splitTargets } from '../target-split.ts';
import { viewerTimeZone } from '../time-zones.ts';
import { DeliverySection } from './delivery-section.tsx';
import { HowSection } from './how-section.tsx';
import { ReviewDialog } from './review-dialog.tsx';
import { useRunReview } from './use-run-review.ts';
import { WhatSection } from './what-section.tsx';
import { WhenSection } from './when-section.tsx';
import { WhereSection } from './where-section.tsx';

export interface RunCommandFormProps {
  region: string;
  preset: RunPreset;
  /** Viewers see the whole form, disabled. */
  canOperate: boolean;
}

const cloudDefaultTimeoutSeconds = 60;

export function RunCommandForm({ region, preset, canOperate }: RunCommandFormProps) {
  const { t } = useTranslation();
  const [viewerZone] = useState(viewerTimeZone);
  const [initial] = useState(() => initialRunValues(preset, viewerZone));
  const [form] = Form.useForm<RunFormValues>();
  const watched = Form.useWatch([], { form, preserve: true }) as Partial<RunFormValues> | undefined;
  const values: RunFormValues = { ...initial, ...watched };
  const now = useNow();
  const submission = useRunSubmission(region);

  // The picked command is kept whole; a preset one is found in the unfiltered list.
  const [picked, setPicked] = useState<CommandSummary>();
  const choices = useCommandChoices(region, '');
  const command =
    values.source !== 'saved'
      ? undefined
      : picked?.id === values.commandId
        ? picked
        : [...choices.custom, ...choices.common].find((c) => c.id === values.commandId);
  const parameterNames = parameterNamesOf(values, command);

  const target = targetSelectionOf(values);
  // Compared as text: the selection is a new object on every render, its content changes far less often.
  const targetKey = JSON.stringify(target ?? null);
  const settled = useDebouncedValue(targetKey) === targetKey ? target : undefined;
  // Resolving is an operator's call; a viewer's form stays disabled without it.
  const resolution = useResolvedTargets(region, canOperate ? settled : undefined);
  const resolved = target ? resolution.data : undefined;
  // An answer about an older selection must never reach the confirmation.
  const fresh = settled !== undefined && resolution.isSuccess && !resolution.isPlaceholderData;
  const split = splitTargets(resolved);

  const timeoutSeconds = values.timeoutSeconds ?? command?.timeoutSeconds ?? cloudDefaultTimeoutSeconds;
  const schedule = scheduleOf(values);
  const preview = previewSchedule(schedule, { now, viewerZone, timeoutSeconds });
  const scheduled = schedule.kind !== 'now';
  const ready =
    canOperate &&
    fresh &&
    split.runnable.length > 0 &&
    preview.kind !== 'invalid' &&
    preview.kind !== 'exhausted' &&
    !(values.rollout && scheduled) &&
    (values.source === 'saved' ? Boolean(command) : values.content.trim() !== '');

  const review = useRunReview({ values, command, parameterNames, runnable: split.runnable, skipped: split.skipped.length, schedule, preview, timeoutSeconds });
  const openReview = () => void form.validateFields().then(submission.review, () => undefined);

  return (
    <>
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      disabled={!canOperate}
      onValuesChange={submission.formChanged}
      requiredMark={false}
    >
      <Flex vertical gap={16}>
        <WhatSection region={region} source={values.source} type={values.type} command={command} parameterNames={parameterNames} readOnly={!canOperate} onPick={setPicked} />
        <WhereSection region={region} kind={values.targetKind} resolved={resolved} split={split} resolving={resolution.isFetching || (target !== undefined && settled === undefined)} resolveError={resolution.error} />
        <HowSection defaultTimeoutSeconds={command?.timeoutSeconds ?? cloudDefaultTimeoutSeconds} />
        <WhenSection when={values.when} preview={preview} viewerZone={viewerZone} />
        <DeliverySection dryRun={values.dryRun} rollout={values.rollout} scheduled={scheduled} />
        {submission.dryRunPassed !== null && (
          <Alert type="success" showIcon title={t('runCommand.dryRunPassed', { count: submission.dryRunPassed })} />
        )}
        <Flex justify="flex-end">
          <Tooltip title={canOperate ? undefined : t('runCommand.operatorsOnly')}>
            <Button type="primary" disabled={!ready} onClick={openReview}>
              {t('runCommand.review.open')}
            </Button>
          </Tooltip>
        </Flex>
      </Flex>
    </Form>
      <ReviewDialog
        open={submission.reviewing}
        review={review.summary}
        pending={submission.pending}
        error={submission.error}
        onConfirm={() => submission.submit(review.request)}
        onCancel={submission.cancel}
      />
    </>
  );
}
