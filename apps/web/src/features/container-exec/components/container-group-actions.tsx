import { useState } from 'react';
import { Button, Space, Tooltip } from 'antd';
import { CodeOutlined, PlayCircleOutlined } from '@ant-design/icons';
import type { ContainerGroup } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { OpenShellDialog } from './open-shell-dialog.tsx';
import { RunCommandDialog } from './run-command-dialog.tsx';

export interface ContainerGroupActionsProps {
  region: string;
  group: ContainerGroup;
  /** Whether the signed-in user's role allows exec; viewers see the buttons disabled. */
  canOperate: boolean;
}

/** A container group row's "Open shell" and "Run command" buttons and their dialogs. */
export function ContainerGroupActions({ region, group, canOperate }: ContainerGroupActionsProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'shell' | 'run' | null>(null);
  const hasContainers = group.containers.length > 0;
  // The tooltip tells why the buttons do nothing; the BFF refuses viewers anyway.
  const why = !canOperate ? t('containerExec.operatorsOnly') : hasContainers ? undefined : t('containerExec.noContainers');
  const close = () => setDialog(null);
  return (
    <>
      <Space>
        <Tooltip title={why}>
          <Button size="small" icon={<CodeOutlined aria-hidden />} disabled={why !== undefined} onClick={() => setDialog('shell')}>
            {t('containerExec.openShell')}
          </Button>
        </Tooltip>
        <Tooltip title={why}>
          <Button size="small" icon={<PlayCircleOutlined aria-hidden />} disabled={why !== undefined} onClick={() => setDialog('run')}>
            {t('containerExec.run.button')}
          </Button>
        </Tooltip>
      </Space>
      {/* Mounted only while open, so every opening starts from a fresh form. */}
      {dialog === 'shell' && <OpenShellDialog region={region} group={group} onClose={close} />}
      {dialog === 'run' && <RunCommandDialog region={region} group={group} onClose={close} />}
    </>
  );
}
