import { Button, Flex } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import type { AuditFilterQuery } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { auditExportHref } from '../api/audit-export-href.ts';
import type { AuditLiveState } from '../hooks/use-audit-live.ts';
import { AuditLiveSwitch } from './audit-live-switch.tsx';

export interface AuditToolbarProps {
  filters: AuditFilterQuery;
  live: AuditLiveState;
  onLiveChange: (on: boolean) => void;
  onRefresh: () => void;
  refreshing: boolean;
}

export function AuditToolbar({ filters, live, onLiveChange, onRefresh, refreshing }: AuditToolbarProps) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={12} align="center">
      <AuditLiveSwitch state={live} onChange={onLiveChange} />
      <Button icon={<ReloadOutlined aria-hidden />} onClick={onRefresh} loading={refreshing}>
        {t('common.refresh')}
      </Button>
      {/* An anchor the browser downloads from itself; it reads as the button it looks like. */}
      <Button role="button" icon={<DownloadOutlined aria-hidden />} href={auditExportHref(filters)} download>
        {t('audit.export')}
      </Button>
    </Flex>
  );
}
