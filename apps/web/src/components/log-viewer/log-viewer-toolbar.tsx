import type { ReactNode } from 'react';
import { App, Button, Flex, Switch, Typography } from 'antd';
import { CopyOutlined, DownloadOutlined, VerticalAlignBottomOutlined, VerticalAlignTopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadLog } from './log-export.ts';

export interface LogViewerToolbarProps {
  search: ReactNode;
  wrap: boolean;
  onWrap: (wrap: boolean) => void;
  plainText: () => string;
  fileName: string;
  onTop: () => void;
  onBottom: () => void;
  extra?: ReactNode;
}

export function LogViewerToolbar({ search, wrap, onWrap, plainText, fileName, onTop, onBottom, extra }: LogViewerToolbarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = () => {
    navigator.clipboard.writeText(plainText()).then(
      () => void message.success(t('logViewer.copied')),
      () => void message.error(t('logViewer.copyFailed')),
    );
  };

  return (
    <Flex gap={8} align="center" wrap>
      {search}
      <label style={{ display: 'flex', alignItems: 'center', gap: 8, cursor: 'pointer' }}>
        <Switch size="small" checked={wrap} onChange={onWrap} />
        <Typography.Text>{t('logViewer.wrap')}</Typography.Text>
      </label>
      <Button icon={<CopyOutlined aria-hidden />} onClick={copy}>
        {t('logViewer.copy')}
      </Button>
      <Button icon={<DownloadOutlined aria-hidden />} onClick={() => downloadLog(plainText(), fileName)}>
        {t('logViewer.download')}
      </Button>
      <Button icon={<VerticalAlignTopOutlined aria-hidden />} onClick={onTop}>
        {t('logViewer.top')}
      </Button>
      <Button icon={<VerticalAlignBottomOutlined aria-hidden />} onClick={onBottom}>
        {t('logViewer.bottom')}
      </Button>
      {extra}
    </Flex>
  );
}
