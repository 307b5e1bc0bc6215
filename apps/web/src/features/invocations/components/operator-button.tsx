import type { ReactNode } from 'react';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export interface OperatorButtonProps {
  canOperate: boolean;
  disabled?: boolean;
  icon?: ReactNode;
  danger?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** A button that changes something: viewers see it disabled, with a tooltip saying why. */
export function OperatorButton({ canOperate, disabled = false, icon, danger, onClick, children }: OperatorButtonProps) {
  const { t } = useTranslation();
  return (
    <Tooltip title={canOperate ? undefined : t('invocations.operatorsOnly')}>
      <Button icon={icon} danger={danger} disabled={!canOperate || disabled} onClick={onClick}>
        {children}
      </Button>
    </Tooltip>
  );
}
