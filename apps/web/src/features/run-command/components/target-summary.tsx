import { Alert, Flex, Spin, Typography } from 'antd';
import type { ResolvedTargets } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import type { TargetSplit } from '../target-split.ts';

export interface TargetSummaryProps {
  resolved: ResolvedTargets | undefined;
  split: TargetSplit;
  resolving: boolean;
  error: Error | null;
}

/** How many machines the selection stands for, and which of them cannot run anything now. */
export function TargetSummary({ resolved, split, resolving, error }: TargetSummaryProps) {
  const { t } = useTranslation();
  if (error) return <ErrorState error={error} />;
  if (!resolved) return resolving ? <Spin size="small" /> : null;
  return (
    <Flex vertical gap={8} aria-live="polite">
      <Typography.Text strong>
        {t('runCommand.where.selected', { count: resolved.instances.length })} {resolving && <Spin size="small" />}
      </Typography.Text>
      {split.skipped.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('runCommand.where.skipped', { count: split.skipped.length, names: split.skipped.map((i) => i.instanceName).join(', ') })}
        />
      )}
      {resolved.unknownInstanceIds.length > 0 && (
        <Alert type="warning" showIcon title={t('runCommand.where.unknown', { count: resolved.unknownInstanceIds.length, ids: resolved.unknownInstanceIds.join(', ') })} />
      )}
    </Flex>
  );
}
