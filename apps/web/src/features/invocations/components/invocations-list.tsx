import { Button, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useInvocations } from '../api/get-invocations.ts';
import { useInvocationListParams } from '../hooks/use-invocation-list-params.ts';
import { InvocationFilters } from './invocation-filters.tsx';
import { InvocationsTable } from './invocations-table.tsx';

/** The region's command runs, newest first, filtered by status, command or instance. */
export function InvocationsList({ region }: { region: string }) {
  const { t } = useTranslation();
  const { filters, setFilters } = useInvocationListParams();
  const runs = useInvocations(region, filters);
  return (
    <Flex vertical gap={16}>
      <InvocationFilters filters={filters} onChange={setFilters} onRefresh={() => void runs.refetch()} refreshing={runs.isFetching} />
      {runs.isError && <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />}
      {runs.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {runs.data && (
        <InvocationsTable
          region={region}
          items={runs.data.pages.flatMap((page) => page.items)}
          loading={runs.isFetching && !runs.isFetchingNextPage}
        />
      )}
      {runs.hasNextPage && (
        <Flex justify="center">
          <Button onClick={() => void runs.fetchNextPage()} loading={runs.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
