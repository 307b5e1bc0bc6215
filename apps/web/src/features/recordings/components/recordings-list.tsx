import { useState } from 'react';
import { Button, Flex, Skeleton, Switch, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useRecordings } from '../api/get-recordings.ts';
import { RecordingsTable } from './recordings-table.tsx';

export interface RecordingsListProps {
  /** Admins may list every user's recordings; the BFF refuses `all` to anyone else. */
  canSeeAll: boolean;
}

/** The "Recordings" page body: the user's terminal sessions (or everyone's, for admins). */
export function RecordingsList({ canSeeAll }: RecordingsListProps) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const recordings = useRecordings(canSeeAll && all);
  const refresh = () => void recordings.refetch();

  return (
    <Flex vertical gap={16}>
      <Flex gap={16} align="center">
        <Button icon={<ReloadOutlined aria-hidden />} onClick={refresh} loading={recordings.isFetching}>
          {t('common.refresh')}
        </Button>
        {canSeeAll && (
          <label style={{ display: 'flex', alignItems: 'center', gap: 8, cursor: 'pointer' }}>
            <Switch checked={all} onChange={setAll} size="small" />
            <Typography.Text>{t('recordings.allUsers')}</Typography.Text>
          </label>
        )}
      </Flex>
      {recordings.isError && <ErrorState error={recordings.error} onRetry={refresh} />}
      {recordings.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {recordings.data && <RecordingsTable recordings={recordings.data.items} />}
    </Flex>
  );
}
