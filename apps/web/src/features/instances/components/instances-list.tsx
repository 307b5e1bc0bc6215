import { Flex, Skeleton } from 'antd';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useInstances } from '../api/get-instances.ts';
import { useInstanceListParams } from '../hooks/use-instance-list-params.ts';
import { InstancesTable } from './instances-table.tsx';
import { InstancesToolbar } from './instances-toolbar.tsx';

export function InstancesList({ region }: { region: string }) {
  const { query, setFilters, setPage } = useInstanceListParams();
  const instances = useInstances(region, query);
  return (
    <Flex vertical gap={16}>
      <InstancesToolbar
        filters={query}
        onFiltersChange={setFilters}
        onRefresh={() => void instances.refetch()}
        refreshing={instances.isFetching}
      />
      {instances.isError && <ErrorState error={instances.error} onRetry={() => void instances.refetch()} />}
      {instances.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {instances.data && (
        <InstancesTable
          region={region}
          list={instances.data}
          loading={instances.isPlaceholderData}
          onPageChange={setPage}
        />
      )}
    </Flex>
  );
}
