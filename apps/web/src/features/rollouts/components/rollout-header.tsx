import { Flex, Progress, Space, Typography } from 'antd';
import type { RolloutSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { rolloutProgress } from '../rollout-status.ts';
import { RolloutActions } from './rollout-actions.tsx';
import { RolloutStatusTag } from './rollout-status-tag.tsx';

export interface RolloutHeaderProps {
  region: string;
  rollout: RolloutSummary;
  canOperate: boolean;
}

export function RolloutHeader({ region, rollout, canOperate }: RolloutHeaderProps) {
  const { t } = useTranslation();
  const progress = rolloutProgress(rollout);
  const stopped = rollout.status === 'halted' || rollout.status === 'error';
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('rollouts.detail.heading', { name: rollout.commandName })}
          </Typography.Title>
          <Space wrap>
            <RolloutStatusTag status={rollout.status} />
            {rollout.stoppedReason && <Typography.Text type={stopped ? 'danger' : 'secondary'}>{rollout.stoppedReason}</Typography.Text>}
          </Space>
        </Flex>
        <RolloutActions region={region} rollout={rollout} canOperate={canOperate} />
      </Flex>
      <Progress
        aria-label={t('rollouts.detail.progressLabel')}
        percent={progress.percent}
        success={{ percent: progress.succeededPercent }}
        status={stopped ? 'exception' : 'normal'}
        format={() => t('rollouts.progress', progress)}
      />
      <Flex gap={24} wrap>
        <Typography.Text>{t('rollouts.detail.maxConcurrency', { count: rollout.maxConcurrency })}</Typography.Text>
        <Typography.Text>{t('rollouts.detail.maxFailures', { count: rollout.maxFailures })}</Typography.Text>
        {rollout.pauseAfterFirstBatch && <Typography.Text>{t('rollouts.detail.pausesAfterFirstBatch')}</Typography.Text>}
        <Typography.Text type="secondary">
          {t('rollouts.detail.createdBy', { user: rollout.createdBy })} <DateTime value={rollout.createdAt} />
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
