import { useId } from 'react';
import { Button, Flex, Form, Input, Modal, Typography } from 'antd';
import type { ContainerGroup } from '@porthole/contract';
import type { RuleObject } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { LogViewer } from '../../../components/log-viewer/log-viewer.tsx';
import { useRunContainerExec } from '../api/run-container-exec.ts';
import { parseCommandLine } from '../command-line.ts';
import { ArgvPreview } from './argv-preview.tsx';
import { ContainerSelect, defaultContainerName } from './container-select.tsx';
import { useCommandLineMessage } from './use-command-line-message.ts';

interface RunCommandValues {
  containerName: string;
  commandLine: string;
}

export interface RunCommandDialogProps {
  region: string;
  group: ContainerGroup;
  onClose: () => void;
}

/** A one-shot command: the BFF waits for it to end (ExecContainerCommand Sync) and returns the output. */
export function RunCommandDialog({ region, group, onClose }: RunCommandDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [form] = Form.useForm<RunCommandValues>();
  const commandLine = Form.useWatch('commandLine', form) ?? '';
  const run = useRunContainerExec();
  const describeProblem = useCommandLineMessage();

  const checkCommandLine = async (_rule: RuleObject, value: string | undefined) => {
    const parsed = parseCommandLine(value ?? '');
    if (parsed.kind === 'problem') throw new Error(describeProblem(parsed.problem));
  };

  const submit = (values: RunCommandValues) => {
    const parsed = parseCommandLine(values.commandLine);
    if (parsed.kind !== 'ok') return;
    run.mutate({ region, groupId: group.id, body: { containerName: values.containerName, command: parsed.argv } });
  };

  const footer = (
    <>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" form={formId} loading={run.isPending}>
        {t('containerExec.run.submit')}
      </Button>
    </>
  );

  const parsed = parseCommandLine(commandLine);
  return (
    <Modal open width={880} title={t('containerExec.run.title')} footer={footer} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('containerExec.run.of', { name: group.name || group.id })}</Typography.Paragraph>
      <Form<RunCommandValues>
        form={form}
        id={formId}
        layout="vertical"
        initialValues={{ containerName: defaultContainerName(group), commandLine: '' }}
        onFinish={submit}
        disabled={run.isPending}
      >
        <Form.Item name="containerName" label={t('containerExec.container')} rules={[{ required: true }]}>
          <ContainerSelect containers={group.containers} />
        </Form.Item>
        <Form.Item
          name="commandLine"
          label={t('containerExec.run.command')}
          rules={[{ validator: checkCommandLine }]}
          extra={
            <Flex vertical gap={4}>
              <span>{t('containerExec.run.commandHint')}</span>
              {parsed.kind === 'ok' && <ArgvPreview argv={parsed.argv} />}
            </Flex>
          }
        >
          <Input placeholder={t('containerExec.run.commandPlaceholder')} autoComplete="off" spellCheck={false} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Form>
      {run.error && <ErrorState error={run.error} />}
      {run.data &&
        (run.data.output ? (
          <LogViewer
            text={run.data.output}
            title={t('containerExec.run.output')}
            fileName={`${group.id}-${run.variables.body.containerName}-exec`}
          />
        ) : (
          <Typography.Text type="secondary">{t('containerExec.run.noOutput')}</Typography.Text>
        ))}
    </Modal>
  );
}
