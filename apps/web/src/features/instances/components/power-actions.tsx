import { Button, Space } from 'antd';
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

export function PowerActions({ region, instance }: { region: string; instance: InstanceSummary }) {
  const { t } = useTranslation();
  const flow = usePowerActionFlow(region, instance);
  const allowed = allowedActions(instance.status);
  return (
    <>
      <Space>
        {powerActions.map((action) => (
          <Button key={action} icon={icons[action]} disabled={!allowed.has(action)} onClick={() => flow.open(action)}>
            {t(`power.${action}`)}
          </Button>
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
