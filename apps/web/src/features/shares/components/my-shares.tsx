import { useState } from 'react';
import { Button, Flex, Skeleton, Switch, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useShares } from '../api/get-shares.ts';
import { SharesTable } from './shares-table.tsx';

export interface MySharesProps {
  /** Admins may list every user's links; the BFF refuses `all` to anyone else. */
  canSeeAll: boolean;
}

/** The "My shares" page body: the user's links (or everyone's, for admins) with their state and views. */
export function MyShares({ canSeeAll }: MySharesProps) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shares = useShares(canSeeAll && all);

  return (
    <Flex vertical gap={16}>
      <Flex gap={16} align="center">
        <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void shares.refetch()} loading={shares.isFetching}>
          {t('common.refresh')}
        </Button>
        {canSeeAll && (
          <label style={{ display: 'flex', alignItems: 'center', gap: 8, cursor: 'pointer' }}>
            <Switch checked={all} onChange={setAll} size="small" />
            <Typography.Text>{t('shares.list.allUsers')}</Typography.Text>
          </label>
        )}
      </Flex>
      {shares.isError && <ErrorState error={shares.error} onRetry={() => void shares.refetch()} />}
      {shares.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {shares.data && (
        <SharesTable shares={shares.data.items} readAt={shares.dataUpdatedAt} showSharer={canSeeAll && all} loading={shares.isFetching} />
      )}
    </Flex>
  );
}
