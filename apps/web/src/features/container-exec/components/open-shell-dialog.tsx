import { useId } from 'react';
import { Button, Form, Modal, Select, Typography } from 'antd';
import { ContainerShell, type ContainerGroup } from '@porthole/contract';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { paths } from '../../../config/paths.ts';
import { useOpenContainerTerminal } from '../api/open-container-terminal.ts';
import { ContainerSelect, defaultContainerName } from './container-select.tsx';

type Shell = (typeof ContainerShell.anyOf)[number]['const'];

// The contract's list, so the dialog cannot offer a shell the BFF refuses.
const shells: Shell[] = ContainerShell.anyOf.map((literal) => literal.const);
/** /bin/sh exists in every image (busybox, alpine, distroless-with-shell); bash does not. */
const defaultShell: Shell = '/bin/sh';

interface OpenShellValues {
  containerName: string;
  shell: Shell;
}

export interface OpenShellDialogProps {
  region: string;
  group: ContainerGroup;
  onClose: () => void;
}

/** Picks the container and shell, reserves a terminal, then hands over to the terminals page. */
export function OpenShellDialog({ region, group, onClose }: OpenShellDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const navigate = useNavigate();
  const open = useOpenContainerTerminal();

  const submit = ({ containerName, shell }: OpenShellValues) => {
    open.mutate(
      { region, groupId: group.id, body: { containerName, shell } },
      { onSuccess: (terminal) => void navigate(paths.terminals.getHref(terminal.id)) },
    );
  };

  const footer = (
    <>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" form={formId} loading={open.isPending}>
        {t('containerExec.shell.open')}
      </Button>
    </>
  );

  const initialValues: Partial<OpenShellValues> = { containerName: defaultContainerName(group), shell: defaultShell };
  return (
    <Modal open title={t('containerExec.shell.title')} footer={footer} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('containerExec.shell.of', { name: group.name || group.id })}</Typography.Paragraph>
      <Form<OpenShellValues> id={formId} layout="vertical" initialValues={initialValues} onFinish={submit} disabled={open.isPending}>
        <Form.Item name="containerName" label={t('containerExec.container')} rules={[{ required: true }]}>
          <ContainerSelect containers={group.containers} />
        </Form.Item>
        <Form.Item name="shell" label={t('containerExec.shell.shell')} extra={t('containerExec.shell.shellHint')}>
          <Select virtual={false} options={shells.map((shell) => ({ value: shell, label: shell }))} />
        </Form.Item>
      </Form>
      {open.error && <ErrorState error={open.error} />}
    </Modal>
  );
}
