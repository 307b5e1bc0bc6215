import { Flex, Skeleton } from 'antd';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useAuditPage } from '../api/get-audit-page.ts';
import { useAuditLive } from '../hooks/use-audit-live.ts';
import { useAuditSearchParams } from '../hooks/use-audit-search-params.ts';
import type { ConnectAuditLive } from '../live/audit-live-transport.ts';
import { AuditFilters, type AuditUserOption } from './audit-filters.tsx';
import { AuditPaging } from './audit-paging.tsx';
import { AuditTable } from './audit-table.tsx';
import { AuditToolbar } from './audit-toolbar.tsx';

export interface AuditLogProps {
  /** The users the filter offers; the page loads them, this feature does not. */
  userOptions: AuditUserOption[];
  /** How the live feed connects; tests pass a fake transport. */
  connectLive?: ConnectAuditLive | undefined;
}

/** The audit page's body: filters, tools, the entries and the way to older ones. */
export function AuditLog({ userOptions, connectLive }: AuditLogProps) {
  const { filters, cursor, setFilters, showOlder, showNewest } = useAuditSearchParams();
  const page = useAuditPage(cursor ? { ...filters, cursor } : filters);
  const live = useAuditLive({ filters, onNewestPage: cursor === undefined, connect: connectLive });

  return (
    <Flex vertical gap={16}>
      <AuditFilters filters={filters} userOptions={userOptions} onChange={setFilters} />
      <AuditToolbar
        filters={filters}
        live={live.state}
        onLiveChange={live.setOn}
        onRefresh={() => void page.refetch()}
        refreshing={page.isFetching}
      />
      {page.isError && <ErrorState error={page.error} onRetry={() => void page.refetch()} />}
      {page.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {page.data && (
        <>
          <AuditTable entries={page.data.items} loading={page.isPlaceholderData} />
          <AuditPaging
            nextCursor={page.data.nextCursor}
            pastNewest={cursor !== undefined}
            onOlder={showOlder}
            onNewest={showNewest}
            loading={page.isPlaceholderData}
          />
        </>
      )}
    </Flex>
  );
}
