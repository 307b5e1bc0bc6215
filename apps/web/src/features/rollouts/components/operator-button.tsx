import type { ReactNode } from 'react';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export interface OperatorButtonProps {
  canOperate: boolean;
  icon?: ReactNode;
  danger?: boolean;
  type?: 'primary' | 'default';
  loading?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** A button that decides something: viewers see it disabled, with a tooltip saying why. */
export function OperatorButton({ canOperate, icon, danger, type, loading, onClick, children }: OperatorButtonProps) {
  const { t } = useTranslation();
  return (
    <Tooltip title={canOperate ? undefined : t('rollouts.operatorsOnly')}>
      <Button icon={icon} danger={danger} type={type} loading={loading} disabled={!canOperate} onClick={onClick}>
        {children}
      </Button>
    </Tooltip>
  );
}
