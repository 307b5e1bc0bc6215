import { App, Form, Input, InputNumber, Modal, Switch } from 'antd';
import type { CommandSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { ScriptEditor } from '../../../components/script-editor/script-editor.tsx';
import { useIntentToken } from '../../../hooks/use-intent-token.ts';
import { useCreateCommand } from '../api/create-command.ts';
import { useUpdateCommand } from '../api/update-command.ts';
import { newCommandValues, toCreateBody, toUpdateBody, valuesOf, type CommandFormValues } from './command-form.ts';
import { CommandTypeSelect } from './command-type-select.tsx';
import { DetectedParameters } from './detected-parameters.tsx';

export interface CommandDialogProps {
  region: string;
  open: boolean;
  /** The command to edit; null creates a new one. */
  command: CommandSummary | null;
  onClose: () => void;
}

export function CommandDialog({ region, open, command, onClose }: CommandDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CommandFormValues>();
  const content = Form.useWatch('content', form) ?? '';
  const type = Form.useWatch('type', form) ?? 'RunShellScript';
  const create = useCreateCommand(region);
  const update = useUpdateCommand(region);
  const intent = useIntentToken();
  const mutation = command ? update : create;

  const close = () => {
    create.reset();
    update.reset();
    intent.renew();
    onClose();
  };
  // On a refusal the dialog stays open with everything typed; a retry of the same values reuses the token.
  const submit = (values: CommandFormValues) => {
    const done = (saved: CommandSummary) => {
      void message.success(t(command ? 'commands.saved' : 'commands.created', { name: saved.name }));
      close();
    };
    if (command) update.mutate({ commandId: command.id, body: toUpdateBody(values) }, { onSuccess: done });
    else create.mutate(toCreateBody(values, intent.take()), { onSuccess: done });
  };

  return (
    <Modal
      open={open}
      title={t(command ? 'commands.dialog.editTitle' : 'commands.dialog.createTitle')}
      okText={t(command ? 'commands.dialog.save' : 'commands.dialog.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={mutation.isPending}
      onCancel={close}
      width={760}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form
          form={form}
          layout="vertical"
          initialValues={command ? valuesOf(command) : newCommandValues}
          onFinish={submit}
          // Changed values are a new intent: the old token would make the cloud refuse them as a mismatch.
          onValuesChange={intent.renew}
          clearOnDestroy
        >
          {dialog}
        </Form>
      )}
    >
      <Form.Item name="name" label={t('commands.fields.name')} rules={[{ required: true, whitespace: true, max: 128, message: t('commands.rules.name') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="description" label={t('commands.fields.description')} rules={[{ max: 512 }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
      <Form.Item name="type" label={t('commands.fields.type')}>
        <CommandTypeSelect disabled={command !== null} />
      </Form.Item>
      <Form.Item name="content" label={t('commands.fields.content')} rules={[{ required: true, message: t('commands.rules.content') }]} style={{ marginBottom: 8 }}>
        <ScriptEditor type={type} label={t('commands.fields.content')} />
      </Form.Item>
      <DetectedParameters content={content} />
      <Form.Item name="enableParameter" label={t('commands.fields.enableParameter')} valuePropName="checked">
        <Switch disabled={command !== null} />
      </Form.Item>
      <Form.Item name="workingDir" label={t('commands.fields.workingDir')} rules={[{ max: 200 }]}>
        <Input autoComplete="off" placeholder={t('commands.workingDirPlaceholder')} />
      </Form.Item>
      <Form.Item name="timeoutSeconds" label={t('commands.fields.timeout')} rules={[{ required: true, type: 'integer', min: 10, max: 86400, message: t('commands.rules.timeout') }]}>
        <InputNumber min={10} max={86400} precision={0} />
      </Form.Item>
      {mutation.error && <ErrorState error={mutation.error} />}
    </Modal>
  );
}
