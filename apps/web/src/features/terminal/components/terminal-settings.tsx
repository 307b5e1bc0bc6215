import { Button, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_FONT_SIZE, MIN_FONT_SIZE } from '../hooks/use-terminal-preferences.ts';

export interface TerminalSettingsProps {
  fontSize: number;
  gpu: boolean;
  onFontSizeStep: (step: number) => void;
  onGpuChange: (on: boolean) => void;
}

/** Font size and renderer, shared by every terminal on the page. */
export function TerminalSettings({ fontSize, gpu, onFontSizeStep, onGpuChange }: TerminalSettingsProps) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={8} wrap>
      <Button size="small" onClick={() => onFontSizeStep(-1)} disabled={fontSize <= MIN_FONT_SIZE}>
        {t('terminal.smaller')}
      </Button>
      <Button size="small" onClick={() => onFontSizeStep(1)} disabled={fontSize >= MAX_FONT_SIZE}>
        {t('terminal.larger')}
      </Button>
      <Flex align="center" gap={4}>
        <Switch size="small" checked={gpu} onChange={onGpuChange} aria-label={t('terminal.gpu')} />
        <Typography.Text aria-hidden>{t('terminal.gpu')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
