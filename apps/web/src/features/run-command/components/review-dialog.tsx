import { Modal, Typography } from 'antd';
import type { ResolvedTarget } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';

export type RunMode = 'run' | 'rollout' | 'dryRun';

export interface RunReview {
  mode: RunMode;
  commandName: string;
  /** The script type, in words. */
  typeLabel: string;
  parameters: Record<string, string>;
  targets: ResolvedTarget[];
  skipped: number;
  /** When it runs, in words. */
  when: string;
  username: string | undefined;
  workingDir: string | undefined;
  timeoutSeconds: number;
  rollout: { maxConcurrency: number; maxFailures: number; pauseAfterFirstBatch: boolean } | undefined;
}

export interface ReviewDialogProps {
  open: boolean;
  review: RunReview;
  pending: boolean;
  error: Error | null;
  onConfirm: () => void;
  onCancel: () => void;
}

const shownNames = 10;

/** States what runs where, when and as whom, so the confirm click is an informed one. */
export function ReviewDialog({ open, review, pending, error, onConfirm, onCancel }: ReviewDialogProps) {
  const { t } = useTranslation();
  const count = review.targets.length;
  const names = review.targets.slice(0, shownNames).map((target) => target.instanceName).join(', ');
  const more = count - shownNames;
  const parameters = Object.entries(review.parameters);
  return (
    <Modal
      open={open}
      title={t(`runCommand.review.title.${review.mode}`, { name: review.commandName, count })}
      okText={t(`runCommand.review.confirm.${review.mode}`)}
      cancelText={t('common.cancel')}
      // Loading alone ignores clicks; disabled also tells assistive technology the request is under way.
      okButtonProps={{ disabled: pending }}
      confirmLoading={pending}
      onOk={onConfirm}
      onCancel={onCancel}
      destroyOnHidden
    >
      <ul style={{ paddingInlineStart: 20 }}>
        <li>{t('runCommand.review.what', { name: review.commandName, type: review.typeLabel })}</li>
        {parameters.length > 0 && (
          <li>{t('runCommand.review.parameters', { values: parameters.map(([name, value]) => `${name}=${value}`).join(', ') })}</li>
        )}
        <li>
          {t('runCommand.review.where', { count, names })}
          {more > 0 && ` ${t('runCommand.review.andMore', { count: more })}`}
        </li>
        {review.skipped > 0 && <li>{t('runCommand.review.skipped', { count: review.skipped })}</li>}
        <li>{review.when}</li>
        <li>
          {review.username ? t('runCommand.review.as', { user: review.username }) : t('runCommand.review.asDefault')}
          {review.workingDir && `, ${t('runCommand.review.in', { dir: review.workingDir })}`}
          {`, ${t('runCommand.review.timeout', { count: review.timeoutSeconds })}`}
        </li>
        {review.rollout && (
          <li>
            {t('runCommand.review.batches', { size: review.rollout.maxConcurrency, failures: review.rollout.maxFailures })}
            {review.rollout.pauseAfterFirstBatch && ` ${t('runCommand.review.pause')}`}
          </li>
        )}
      </ul>
      {review.mode === 'dryRun' && <Typography.Paragraph type="secondary">{t('runCommand.review.dryRunNote')}</Typography.Paragraph>}
      {error && <ErrorState error={error} />}
    </Modal>
  );
}
