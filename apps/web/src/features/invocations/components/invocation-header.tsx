import { Descriptions, Flex, Space, Typography } from 'antd';
import type { InvocationDetail } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { isActive, isFailed } from '../invocation-status.ts';
import { DownloadOutputsButton } from './download-outputs-button.tsx';
import { InvocationStatusTag } from './invocation-status-tag.tsx';
import { RerunFailedButton } from './rerun-failed-button.tsx';
import { ScheduleLabel } from './schedule-label.tsx';
import { StatusCounts } from './status-counts.tsx';
import { StopRunButton } from './stop-run-button.tsx';

export interface InvocationHeaderProps {
  region: string;
  detail: InvocationDetail;
  canOperate: boolean;
}

export function InvocationHeader({ region, detail, canOperate }: InvocationHeaderProps) {
  const { t } = useTranslation();
  const { invocation, results } = detail;
  const failedIds = results.filter((result) => isFailed(result.status)).map((result) => result.instanceId);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('invocations.detail.heading', { name: invocation.commandName })}
          </Typography.Title>
          <Space wrap>
            <Typography.Text type="secondary" copyable={{ text: invocation.invokeId }}>
              {invocation.invokeId}
            </Typography.Text>
            <InvocationStatusTag status={invocation.status} />
          </Space>
          <StatusCounts counts={invocation.statusCounts} />
        </Flex>
        <Space wrap>
          {isActive(invocation.status) && <StopRunButton region={region} invokeId={invocation.invokeId} canOperate={canOperate} />}
          <RerunFailedButton
            region={region}
            invokeId={invocation.invokeId}
            commandName={invocation.commandName}
            failedInstanceIds={failedIds}
            canOperate={canOperate}
          />
          <DownloadOutputsButton invokeId={invocation.invokeId} results={results} />
        </Space>
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'created', label: t('invocations.detail.created'), children: <DateTime value={invocation.createdAt} /> },
          {
            key: 'schedule',
            label: t('invocations.detail.schedule'),
            children: <ScheduleLabel repeatMode={invocation.repeatMode} frequency={invocation.frequency} />,
          },
          { key: 'username', label: t('invocations.detail.username'), children: invocation.username || t('common.none') },
          { key: 'workingDir', label: t('invocations.detail.workingDir'), children: invocation.workingDir || t('common.none') },
          { key: 'timeout', label: t('invocations.detail.timeout'), children: t('invocations.detail.seconds', { count: invocation.timeoutSeconds }) },
          { key: 'type', label: t('invocations.detail.type'), children: invocation.commandType },
        ]}
      />
    </Flex>
  );
}
