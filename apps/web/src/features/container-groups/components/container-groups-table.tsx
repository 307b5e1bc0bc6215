import type { ReactNode } from 'react';
import { Empty, Flex, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { ContainerGroup } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { StatusTag } from '../../../components/ui/status-tag.tsx';
import { TagList } from '../../../components/ui/tag-list.tsx';
import { containerGroupTone, isContainerGroupBusy } from '../container-group-status.ts';
import { ContainersTable } from './containers-table.tsx';

/** A column of per-group controls from outside the feature (the route composes, e.g., shell and exec buttons). */
export interface ContainerGroupActionsColumn {
  title: ReactNode;
  render: (group: ContainerGroup) => ReactNode;
}

export interface ContainerGroupsTableProps {
  groups: ContainerGroup[];
  loading: boolean;
  actions?: ContainerGroupActionsColumn | undefined;
}

export function ContainerGroupsTable({ groups, loading, actions }: ContainerGroupsTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<ContainerGroup>['columns'] = [
    {
      key: 'name',
      title: t('containerGroups.columns.name'),
      render: (_, g) => (
        <Flex vertical>
          <Typography.Text strong>{g.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {g.id}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('containerGroups.columns.status'),
      render: (_, g) => (
        <StatusTag tone={containerGroupTone(g.status)} busy={isContainerGroupBusy(g.status)}>
          {g.status}
        </StatusTag>
      ),
    },
    {
      key: 'containers',
      title: t('containerGroups.columns.containers'),
      render: (_, g) => t('containerGroups.containerCount', { count: g.containers.length }),
    },
    {
      key: 'ips',
      title: t('containerGroups.columns.ips'),
      render: (_, g) => (
        <Flex vertical>
          <span>
            {g.intranetIp || t('common.none')} <Typography.Text type="secondary">({t('containerGroups.intranetIp')})</Typography.Text>
          </span>
          {g.internetIp && (
            <span>
              {g.internetIp} <Typography.Text type="secondary">({t('containerGroups.internetIp')})</Typography.Text>
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'spec',
      title: t('containerGroups.columns.spec'),
      render: (_, g) => t('containerGroups.spec', { cpu: g.cpu, memory: g.memoryGiB }),
    },
    { key: 'tags', title: t('containerGroups.columns.tags'), render: (_, g) => <TagList tags={g.tags} empty={t('common.none')} /> },
    { key: 'created', title: t('containerGroups.columns.created'), render: (_, g) => <DateTime value={g.creationTime} /> },
    ...(actions ? [{ key: 'actions', title: actions.title, render: (_: unknown, g: ContainerGroup) => actions.render(g) }] : []),
  ];
  return (
    <Table<ContainerGroup>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={groups}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('containerGroups.empty')} /> }}
      expandable={{
        expandedRowRender: (g) => <ContainersTable containers={g.containers} />,
        rowExpandable: (g) => g.containers.length > 0,
      }}
    />
  );
}
