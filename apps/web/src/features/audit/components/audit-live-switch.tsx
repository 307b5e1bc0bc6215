import { useId } from 'react';
import { Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditLiveState } from '../hooks/use-audit-live.ts';

export interface AuditLiveSwitchProps {
  state: AuditLiveState;
  onChange: (on: boolean) => void;
}

export function AuditLiveSwitch({ state, onChange }: AuditLiveSwitchProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Flex gap={8} align="center">
      <Switch id={id} size="small" checked={state !== 'off' && state !== 'closed'} onChange={onChange} />
      <label htmlFor={id}>{t('audit.live.label')}</label>
      {(state === 'paused' || state === 'closed') && (
        <Typography.Text type="secondary">{t(`audit.live.${state}`)}</Typography.Text>
      )}
    </Flex>
  );
}
