import { Button, Flex, Input, Select } from 'antd';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import type { InstanceStatus } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { useDebouncedInput } from '../../../hooks/use-debounced-input.ts';
import { instanceStatuses } from '../instance-status.ts';
import type { InstanceFilters } from '../hooks/use-instance-list-params.ts';

export interface InstancesToolbarProps {
  filters: InstanceFilters;
  onFiltersChange: (filters: InstanceFilters) => void;
  onRefresh: () => void;
  refreshing: boolean;
}

export function InstancesToolbar({ filters, onFiltersChange, onRefresh, refreshing }: InstancesToolbarProps) {
  const { t } = useTranslation();
  const [name, setName] = useDebouncedInput(filters.name ?? '', (next) => onFiltersChange({ name: next || undefined }));
  const [tagKey, setTagKey] = useDebouncedInput(filters.tagKey ?? '', (next) => onFiltersChange({ tagKey: next || undefined }));
  const [tagValue, setTagValue] = useDebouncedInput(filters.tagValue ?? '', (next) =>
    onFiltersChange({ tagValue: next || undefined }),
  );

  return (
    <Flex wrap gap={8} align="center">
      <Input
        aria-label={t('instances.searchLabel')}
        placeholder={t('instances.searchPlaceholder')}
        prefix={<SearchOutlined aria-hidden />}
        allowClear
        value={name}
        onChange={(event) => setName(event.target.value)}
        style={{ width: 260 }}
      />
      <Select<InstanceStatus>
        aria-label={t('instances.statusFilter')}
        placeholder={t('instances.allStatuses')}
        allowClear
        value={filters.status}
        onChange={(status) => onFiltersChange({ status })}
        options={instanceStatuses.map((status) => ({ value: status, label: t(`instances.status.${status}`) }))}
        virtual={false}
        style={{ width: 160 }}
      />
      <Input
        aria-label={t('instances.tagKey')}
        placeholder={t('instances.tagKey')}
        allowClear
        value={tagKey}
        onChange={(event) => setTagKey(event.target.value)}
        style={{ width: 160 }}
      />
      <Input
        aria-label={t('instances.tagValue')}
        placeholder={t('instances.tagValue')}
        allowClear
        value={tagValue}
        onChange={(event) => setTagValue(event.target.value)}
        style={{ width: 160 }}
      />
      <Button icon={<ReloadOutlined aria-hidden />} onClick={onRefresh} loading={refreshing}>
        {t('common.refresh')}
      </Button>
    </Flex>
  );
}
