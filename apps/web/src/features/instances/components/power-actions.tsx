import { Button, Space, Tooltip } from 'antd';
import { PauseCircleOutlined, PlayCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import type { InstanceSummary, PowerAction } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { allowedActions, powerActions } from '../instance-status.ts';
import { usePowerActionFlow } from '../hooks/use-power-action-flow.ts';
import { PowerActionDialog } from './power-action-dialog.tsx';

const icons: Record<PowerAction, React.ReactNode> = {
  start: <PlayCircleOutlined aria-hidden />,
  stop: <PauseCircleOutlined aria-hidden />,
  reboot: <ReloadOutlined aria-hidden />,
};

export interface PowerActionsProps {
  region: string;
  instance: InstanceSummary;
  /** Whether the signed-in user's role allows power actions; viewers see the buttons disabled. */
  canOperate: boolean;
}

export function PowerActions({ region, instance, canOperate }: PowerActionsProps) {
  const { t } = useTranslation();
  const flow = usePowerActionFlow(region, instance);
  const allowed = allowedActions(instance.status);
  return (
    <>
      <Space>
        {powerActions.map((action) => (
          // The tooltip tells a viewer why the buttons do nothing; the BFF refuses them anyway.
          <Tooltip key={action} title={canOperate ? undefined : t('power.operatorsOnly')}>
            <Button icon={icons[action]} disabled={!canOperate || !allowed.has(action)} onClick={() => flow.open(action)}>
              {t(`power.${action}`)}
            </Button>
          </Tooltip>
        ))}
      </Space>
      <PowerActionDialog
        action={flow.pending}
        instance={instance}
        force={flow.force}
        onForceChange={flow.setForce}
        submitting={flow.submitting}
        error={flow.error}
        onConfirm={flow.confirm}
        onCancel={flow.cancel}
      />
    </>
  );
}
