import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

export interface AuditPagingProps {
  /** Set when older entries exist. */
  nextCursor: string | undefined;
  /** True while an older page is shown. */
  pastNewest: boolean;
  onOlder: (cursor: string) => void;
  onNewest: () => void;
  loading: boolean;
}

// Keyset paging only walks towards older entries; the browser's back button steps back one page.
export function AuditPaging({ nextCursor, pastNewest, onOlder, onNewest, loading }: AuditPagingProps) {
  const { t } = useTranslation();
  if (!nextCursor && !pastNewest) return null;
  return (
    <Flex gap={8} justify="center">
      {pastNewest && <Button onClick={onNewest}>{t('audit.paging.newest')}</Button>}
      {nextCursor && (
        <Button onClick={() => onOlder(nextCursor)} loading={loading}>
          {t('audit.paging.older')}
        </Button>
      )}
    </Flex>
  );
}
