import { Button, Flex, Skeleton, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useContainerGroups } from '../api/get-container-groups.ts';
import { ContainerGroupsTable, type ContainerGroupActionsColumn } from './container-groups-table.tsx';

export interface ContainerGroupsListProps {
  region: string;
  /** Per-row controls composed by the page. */
  actions?: ContainerGroupActionsColumn | undefined;
}

export function ContainerGroupsList({ region, actions }: ContainerGroupsListProps) {
  const { t } = useTranslation();
  const query = useContainerGroups(region);
  const groups = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages.at(-1)?.total ?? 0;
  const refresh = () => void query.refetch();

  return (
    <Flex vertical gap={16}>
      <Flex justify="flex-end">
        <Button icon={<ReloadOutlined aria-hidden />} onClick={refresh} loading={query.isFetching && !query.isFetchingNextPage}>
          {t('common.refresh')}
        </Button>
      </Flex>
      {query.isError && <ErrorState error={query.error} onRetry={refresh} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {query.data && (
        <>
          <ContainerGroupsTable groups={groups} loading={query.isRefetching && !query.isFetchingNextPage} actions={actions} />
          <Flex justify="space-between" align="center">
            <Typography.Text type="secondary">{t('containerGroups.shown', { shown: groups.length, total })}</Typography.Text>
            {query.hasNextPage && (
              <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            )}
          </Flex>
        </>
      )}
    </Flex>
  );
}
