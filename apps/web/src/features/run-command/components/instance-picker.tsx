import { useState } from 'react';
import { Checkbox, Flex, Input, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { InstanceSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { useDebouncedInput } from '../../../hooks/use-debounced-input.ts';
import { useTargetInstances } from '../api/get-target-instances.ts';

export interface InstancePickerProps {
  region: string;
  /** From the Form.Item: the chosen instance ids, kept across pages and filters. */
  value?: string[];
  onChange?: (ids: string[]) => void;
}

const pageSize = 20;

/** The region's instances with a checkbox each; the filter matches names, as the instance list does. */
export function InstancePicker({ region, value = [], onChange }: InstancePickerProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [page, setPage] = useState(1);
  const [draft, setDraft] = useDebouncedInput(name, (next) => {
    setName(next);
    setPage(1);
  });
  const instances = useTargetInstances(region, { page, pageSize, ...(name ? { name } : {}) });
  const selected = new Set(value);
  const toggle = (id: string, on: boolean) => onChange?.(on ? [...value, id] : value.filter((v) => v !== id));

  const columns: TableProps<InstanceSummary>['columns'] = [
    {
      key: 'select',
      width: 48,
      render: (_, i) => (
        <Checkbox
          aria-label={t('runCommand.where.selectInstance', { name: i.name })}
          checked={selected.has(i.id)}
          onChange={(event) => toggle(i.id, event.target.checked)}
        />
      ),
    },
    {
      key: 'name',
      title: t('runCommand.where.columns.name'),
      render: (_, i) => (
        <Flex vertical>
          <span>{i.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {i.id}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'status', title: t('runCommand.where.columns.status'), render: (_, i) => t(`instances.status.${i.status}`) },
    { key: 'os', title: t('runCommand.where.columns.os'), render: (_, i) => i.osName },
  ];

  return (
    <Flex vertical gap={8}>
      <Input.Search
        aria-label={t('runCommand.where.filter')}
        placeholder={t('runCommand.where.filter')}
        allowClear
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        style={{ maxWidth: 320 }}
      />
      <Table<InstanceSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={instances.data?.items ?? []}
        loading={instances.isFetching}
        pagination={{ current: page, pageSize, total: instances.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      />
    </Flex>
  );
}
