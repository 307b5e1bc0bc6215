import { Empty, Flex, Table, Typography } from 'antd';
import { LinuxOutlined, WindowsOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import type { InstanceList, InstanceSummary } from '@porthole/contract';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths.ts';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { TagList } from '../../../components/ui/tag-list.tsx';
import { InstanceIps } from './instance-ips.tsx';
import { InstanceStatusTag } from './instance-status-tag.tsx';

export interface InstancesTableProps {
  region: string;
  list: InstanceList;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

export function InstancesTable({ region, list, loading, onPageChange }: InstancesTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<InstanceSummary>['columns'] = [
    {
      key: 'name',
      title: t('instances.columns.name'),
      render: (_, instance) => (
        <Flex vertical>
          <Link to={paths.instance.getHref(region, instance.id)}>{instance.name}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {instance.id}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'status', title: t('instances.columns.status'), render: (_, i) => <InstanceStatusTag status={i.status} /> },
    {
      key: 'os',
      title: t('instances.columns.os'),
      render: (_, i) => (
        <Flex gap={6} align="center">
          {i.osType === 'windows' ? <WindowsOutlined aria-hidden /> : <LinuxOutlined aria-hidden />}
          {i.osName}
        </Flex>
      ),
    },
    {
      key: 'spec',
      title: t('instances.columns.spec'),
      render: (_, i) => (
        <Flex vertical>
          <span>{i.instanceType}</span>
          <Typography.Text type="secondary">
            {t('instances.cpuMemory', { cpu: i.cpu, memory: i.memoryMiB / 1024 })}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'ips', title: t('instances.columns.ips'), render: (_, i) => <InstanceIps instance={i} /> },
    { key: 'tags', title: t('instances.columns.tags'), render: (_, i) => <TagList tags={i.tags} empty={t('common.none')} /> },
    { key: 'created', title: t('instances.columns.created'), render: (_, i) => <DateTime value={i.creationTime} /> },
  ];

  return (
    <Table<InstanceSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={list.items}
      loading={loading}
      locale={{ emptyText: <Empty description={t('instances.empty')} /> }}
      pagination={{
        current: list.page,
        pageSize: list.pageSize,
        total: list.total,
        showSizeChanger: true,
        showTotal: (total) => t('instances.total', { count: total }),
        onChange: onPageChange,
      }}
    />
  );
}
