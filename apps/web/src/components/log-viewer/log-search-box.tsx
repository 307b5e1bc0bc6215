import { Button, Input, Space, Typography } from 'antd';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface LogSearchBoxProps {
  query: string;
  onQuery: (query: string) => void;
  /** Zero-based index of the current match. */
  currentMatch: number;
  total: number;
  onNext: () => void;
  onPrevious: () => void;
}

export function LogSearchBox({ query, onQuery, currentMatch, total, onNext, onPrevious }: LogSearchBoxProps) {
  const { t } = useTranslation();
  return (
    <Space.Compact>
      <Input
        allowClear
        aria-label={t('logViewer.search')}
        placeholder={t('logViewer.search')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onPressEnter={(event) => (event.shiftKey ? onPrevious() : onNext())}
        style={{ width: 220 }}
        suffix={
          query ? (
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {t('logViewer.matchCount', { current: total ? currentMatch + 1 : 0, total })}
            </Typography.Text>
          ) : null
        }
      />
      <Button aria-label={t('logViewer.previousMatch')} icon={<UpOutlined aria-hidden />} onClick={onPrevious} disabled={total === 0} />
      <Button aria-label={t('logViewer.nextMatch')} icon={<DownOutlined aria-hidden />} onClick={onNext} disabled={total === 0} />
    </Space.Compact>
  );
}
