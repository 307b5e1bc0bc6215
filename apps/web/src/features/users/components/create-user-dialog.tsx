import { App, Form, Input, Modal } from 'antd';
import type { Role } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useCreateUser } from '../api/create-user.ts';
import { isUnrestricted, toUserScope, type RegionOption, type ScopeFormValues } from '../scope-form.ts';
import { RoleSelect } from './role-select.tsx';
import { ScopeFields } from './scope-fields.tsx';
import { newPasswordRules, userNameRules } from './user-form-rules.ts';

interface CreateUserValues extends ScopeFormValues {
  name: string;
  password: string;
  role: Role;
}

export interface CreateUserDialogProps {
  open: boolean;
  regionOptions: RegionOption[];
  onClose: () => void;
}

export function CreateUserDialog({ open, regionOptions, onClose }: CreateUserDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUserValues>();
  const create = useCreateUser();

  const close = () => {
    create.reset();
    onClose();
  };
  // On a refusal the dialog stays open with everything typed, so only the wrong field needs fixing.
  const submit = ({ name, password, role, ...scopeValues }: CreateUserValues) => {
    const scope = toUserScope(scopeValues);
    create.mutate(
      { name, password, role, ...(isUnrestricted(scope) ? {} : { scope }) },
      {
        onSuccess: (user) => {
          void message.success(t('users.done.created', { name: user.name }));
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={t('users.createConfirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={create.isPending}
      onCancel={close}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form form={form} layout="vertical" initialValues={{ role: 'viewer' }} onFinish={submit} clearOnDestroy>
          {dialog}
        </Form>
      )}
    >
      <Form.Item name="name" label={t('users.fields.name')} rules={userNameRules(t)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="password" label={t('users.fields.password')} rules={newPasswordRules(t)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="role" label={t('users.fields.role')}>
        <RoleSelect />
      </Form.Item>
      <ScopeFields regionOptions={regionOptions} />
      {create.error && <ErrorState error={create.error} />}
    </Modal>
  );
}
