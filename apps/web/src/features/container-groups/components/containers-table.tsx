import { Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { Container } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/ui/status-tag.tsx';
import { containerStateTone } from '../container-group-status.ts';

export function ContainersTable({ containers }: { containers: Container[] }) {
  const { t } = useTranslation();
  const columns: TableProps<Container>['columns'] = [
    { key: 'name', title: t('containerGroups.container.name'), dataIndex: 'name' },
    {
      key: 'image',
      title: t('containerGroups.container.image'),
      render: (_, c) => <Typography.Text code>{c.image}</Typography.Text>,
    },
    {
      key: 'state',
      title: t('containerGroups.container.state'),
      render: (_, c) => (
        <StatusTag tone={containerStateTone(c.currentState.state)}>
          {c.currentState.state}
          {c.currentState.reason ? ` (${c.currentState.reason})` : ''}
        </StatusTag>
      ),
    },
    {
      key: 'ready',
      title: t('containerGroups.container.ready'),
      render: (_, c) => (c.ready ? t('containerGroups.container.yes') : t('containerGroups.container.no')),
    },
    { key: 'restarts', title: t('containerGroups.container.restarts'), dataIndex: 'restartCount' },
    {
      key: 'ports',
      title: t('containerGroups.container.ports'),
      render: (_, c) => (c.ports.length ? c.ports.map((p) => `${p.port}/${p.protocol}`).join(', ') : t('common.none')),
    },
  ];
  return <Table<Container> rowKey="name" size="small" columns={columns} dataSource={containers} pagination={false} />;
}
