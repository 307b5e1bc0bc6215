import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PasteProgress as Progressed } from '../paste/paste-sender.ts';

export interface PasteProgressProps {
  progress: Progressed;
  onCancel: () => void;
}

export function PasteProgress({ progress, onCancel }: PasteProgressProps) {
  const { t } = useTranslation();
  const percent = progress.totalBytes > 0 ? Math.floor((progress.sentBytes / progress.totalBytes) * 100) : 0;
  return (
    <Flex align="center" gap={8}>
      <Typography.Text>{t('terminal.pasting', { percent })}</Typography.Text>
      <Progress percent={percent} showInfo={false} size="small" style={{ width: 120, margin: 0 }} />
      <Button size="small" onClick={onCancel}>
        {t('terminal.cancelPaste')}
      </Button>
    </Flex>
  );
}
