import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { instanceInvocationStatuses } from '../invocation-status.ts';

/** How many instances are in each state, in the order a run moves through them. */
export function StatusCounts({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation();
  const present = instanceInvocationStatuses.filter((status) => (counts[status] ?? 0) > 0);
  return (
    <Flex gap={12} wrap>
      {present.map((status) => (
        <Typography.Text key={status}>
          {t('invocations.statusCount', { status: t(`invocations.status.${status}`), count: counts[status] })}
        </Typography.Text>
      ))}
    </Flex>
  );
}
