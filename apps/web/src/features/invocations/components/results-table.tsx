import { Button, Empty, Flex, Table, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import type { InvocationResult } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { runSeconds } from '../run-duration.ts';
import { InvocationStatusTag } from './invocation-status-tag.tsx';
import { OutputPreview } from './output-preview.tsx';
import { ResultError } from './result-error.tsx';
import { RunDurationText } from './run-duration-text.tsx';

export interface ResultsTableProps {
  results: InvocationResult[];
  /** When the results were read (ms since the epoch): running instances' durations count up to it. */
  readAt: number;
  onOpenOutput: (result: InvocationResult) => void;
}

export function ResultsTable({ results, readAt, onOpenOutput }: ResultsTableProps) {
  const { t } = useTranslation();
  const columns: TableProps<InvocationResult>['columns'] = [
    {
      key: 'instance',
      title: t('invocations.results.instance'),
      render: (_, result) => (
        <Flex vertical>
          <span>{result.instanceName ?? result.instanceId}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {result.instanceId}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('invocations.results.status'),
      render: (_, result) => (
        <Flex vertical gap={4} align="start">
          <InvocationStatusTag status={result.status} />
          <ResultError result={result} />
        </Flex>
      ),
    },
    { key: 'exitCode', title: t('invocations.results.exitCode'), render: (_, result) => result.exitCode ?? t('common.none') },
    { key: 'duration', title: t('invocations.results.duration'), render: (_, result) => <RunDurationText seconds={runSeconds(result, readAt)} /> },
    {
      key: 'output',
      title: t('invocations.results.output'),
      render: (_, result) => (
        <Flex gap={8} align="center">
          <OutputPreview output={result.output} />
          <Button
            size="small"
            icon={<FileTextOutlined aria-hidden />}
            aria-label={t('invocations.output.open', { name: result.instanceName ?? result.instanceId })}
            onClick={() => onOpenOutput(result)}
          >
            {t('invocations.output.button')}
          </Button>
        </Flex>
      ),
    },
  ];
  return (
    <Table<InvocationResult>
      rowKey="instanceId"
      size="middle"
      columns={columns}
      dataSource={results}
      pagination={results.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty description={t('invocations.results.empty')} /> }}
    />
  );
}
