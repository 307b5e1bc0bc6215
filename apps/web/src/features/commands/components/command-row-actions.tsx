import { useState } from 'react';
import { App, Button, Modal, Space, Tooltip, Typography } from 'antd';
import type { CommandSummary } from '@porthole/contract';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths.ts';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useDeleteCommand } from '../api/delete-command.ts';

export interface CommandRowActionsProps {
  region: string;
  command: CommandSummary;
  editable: boolean;
  canOperate: boolean;
  onEdit: (command: CommandSummary) => void;
}

export function CommandRowActions({ region, command, editable, canOperate, onEdit }: CommandRowActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const remove = useDeleteCommand(region);
  const [confirming, setConfirming] = useState(false);
  // The tooltip tells a viewer why the buttons do nothing; the BFF refuses them anyway.
  const why = canOperate ? undefined : t('commands.operatorsOnly');

  const close = () => {
    remove.reset();
    setConfirming(false);
  };
  const confirm = () =>
    remove.mutate(command.id, {
      onSuccess: () => {
        void message.success(t('commands.deleted', { name: command.name }));
        close();
      },
    });

  return (
    <Space>
      <Tooltip title={why}>
        <Button size="small" type="primary" disabled={!canOperate} onClick={() => void navigate(paths.runCommand.getHref(region, { commandId: command.id }))}>
          {t('commands.run')}
        </Button>
      </Tooltip>
      {editable && (
        <>
          <Tooltip title={why}>
            <Button size="small" disabled={!canOperate} onClick={() => onEdit(command)}>
              {t('commands.edit')}
            </Button>
          </Tooltip>
          <Tooltip title={why}>
            <Button size="small" danger disabled={!canOperate} onClick={() => setConfirming(true)}>
              {t('commands.delete')}
            </Button>
          </Tooltip>
          <Modal
            open={confirming}
            title={t('commands.deleteTitle', { name: command.name })}
            okText={t('commands.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            confirmLoading={remove.isPending}
            onOk={confirm}
            onCancel={close}
            destroyOnHidden
          >
            <Typography.Paragraph>{t('commands.deleteBody')}</Typography.Paragraph>
            {remove.error && <ErrorState error={remove.error} />}
          </Modal>
        </>
      )}
    </Space>
  );
}
