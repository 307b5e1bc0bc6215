import { Button, Flex, Input, Select } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { InvocationStatus } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { useDebouncedInput } from '../../../hooks/use-debounced-input.ts';
import type { InvocationFilters as Filters } from '../api/get-invocations.ts';
import { invocationStatuses } from '../invocation-status.ts';

export interface InvocationFiltersProps {
  filters: Filters;
  onChange: (changed: Filters) => void;
  onRefresh: () => void;
  refreshing: boolean;
}

export function InvocationFilters({ filters, onChange, onRefresh, refreshing }: InvocationFiltersProps) {
  const { t } = useTranslation();
  const [commandName, setCommandName] = useDebouncedInput(filters.commandName ?? '', (next) =>
    onChange({ commandName: next.trim() || undefined }),
  );
  const [instanceId, setInstanceId] = useDebouncedInput(filters.instanceId ?? '', (next) =>
    onChange({ instanceId: next.trim() || undefined }),
  );
  return (
    <Flex wrap gap={8} align="center">
      <Select<InvocationStatus>
        aria-label={t('invocations.filters.status')}
        placeholder={t('invocations.filters.allStatuses')}
        allowClear
        value={filters.status}
        onChange={(status) => onChange({ status })}
        options={invocationStatuses.map((status) => ({ value: status, label: t(`invocations.status.${status}`) }))}
        virtual={false}
        style={{ width: 180 }}
      />
      <Input
        aria-label={t('invocations.filters.commandName')}
        placeholder={t('invocations.filters.commandName')}
        allowClear
        value={commandName}
        onChange={(event) => setCommandName(event.target.value)}
        style={{ width: 220 }}
      />
      <Input
        aria-label={t('invocations.filters.instanceId')}
        placeholder={t('invocations.filters.instanceId')}
        allowClear
        value={instanceId}
        onChange={(event) => setInstanceId(event.target.value)}
        style={{ width: 220 }}
      />
      <Button icon={<ReloadOutlined aria-hidden />} onClick={onRefresh} loading={refreshing}>
        {t('common.refresh')}
      </Button>
    </Flex>
  );
}
