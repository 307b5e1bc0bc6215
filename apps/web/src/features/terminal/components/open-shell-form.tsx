import { Button, Flex, Form, Input, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpenInstanceTerminalBody } from '@porthole/contract';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useOpenInstanceTerminal } from '../api/open-instance-terminal.ts';

interface OpenShellValues {
  username?: string;
  commandLine?: string;
}

export interface OpenShellFormProps {
  region: string;
  instanceId: string;
  canOperate: boolean;
}

/** Run-as user and command line, both optional; the new shell joins this tab's open terminals. */
export function OpenShellForm({ region, instanceId, canOperate }: OpenShellFormProps) {
  const { t } = useTranslation();
  const open = useOpenInstanceTerminal(region, instanceId);

  const submit = (values: OpenShellValues) => {
    const body: OpenInstanceTerminalBody = {};
    const username = values.username?.trim();
    const commandLine = values.commandLine?.trim();
    if (username) body.username = username;
    if (commandLine) body.commandLine = commandLine;
    open.mutate(body);
  };

  return (
    <Flex vertical gap={8}>
      <Form<OpenShellValues> layout="inline" onFinish={submit} disabled={!canOperate}>
        <Form.Item
          name="username"
          label={t('terminal.form.runAs')}
          rules={[{ pattern: /^[A-Za-z0-9._-]+$/, message: t('terminal.form.invalidUser') }, { max: 255 }]}
        >
          <Input placeholder={t('terminal.form.runAsPlaceholder')} autoComplete="off" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="commandLine" label={t('terminal.form.commandLine')} rules={[{ max: 512 }]}>
          <Input placeholder={t('terminal.form.commandLinePlaceholder')} autoComplete="off" style={{ width: 280 }} />
        </Form.Item>
        <Form.Item>
          <Tooltip title={canOperate ? undefined : t('terminal.operatorsOnly')}>
            <Button type="primary" htmlType="submit" loading={open.isPending}>
              {t('terminal.form.open')}
            </Button>
          </Tooltip>
        </Form.Item>
      </Form>
      {open.isError && <ErrorState error={open.error} />}
    </Flex>
  );
}
