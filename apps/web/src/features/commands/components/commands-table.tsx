import { Empty, Flex, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { CommandSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { CommandRowActions } from './command-row-actions.tsx';

export interface CommandsTableProps {
  region: string;
  commands: CommandSummary[];
  loading: boolean;
  /** The cloud's common commands can only be run, not changed. */
  editable: boolean;
  canOperate: boolean;
  onEdit: (command: CommandSummary) => void;
}

export function CommandsTable({ region, commands, loading, editable, canOperate, onEdit }: CommandsTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<CommandSummary>['columns'] = [
    {
      key: 'name',
      title: t('commands.columns.name'),
      render: (_, c) => (
        <Flex vertical>
          <span>{c.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.id}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'type', title: t('commands.columns.type'), render: (_, c) => t(`commands.types.${c.type}`) },
    {
      key: 'parameters',
      title: t('commands.columns.parameters'),
      render: (_, c) => (c.enableParameter && c.parameterNames.length > 0 ? c.parameterNames.join(', ') : t('common.none')),
    },
    { key: 'description', title: t('commands.columns.description'), render: (_, c) => c.description || t('common.none') },
    { key: 'created', title: t('commands.columns.created'), render: (_, c) => <DateTime value={c.createdAt} /> },
    {
      key: 'actions',
      title: t('commands.columns.actions'),
      render: (_, c) => <CommandRowActions region={region} command={c} editable={editable} canOperate={canOperate} onEdit={onEdit} />,
    },
  ];
  return (
    <Table<CommandSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={commands}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('commands.empty')} /> }}
    />
  );
}
