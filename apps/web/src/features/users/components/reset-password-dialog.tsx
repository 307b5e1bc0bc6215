import { App, Form, Input, Modal } from 'antd';
import type { UserSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useResetPassword } from '../api/reset-password.ts';
import { newPasswordRules } from './user-form-rules.ts';

export interface ResetPasswordDialogProps {
  /** The user whose password is reset; null keeps the dialog closed. */
  user: UserSummary | null;
  onClose: () => void;
}

export function ResetPasswordDialog({ user, onClose }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();

  const close = () => {
    reset.reset();
    onClose();
  };
  const submit = ({ password }: { password: string }) => {
    if (!user) return;
    reset.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          void message.success(t('users.done.passwordReset', { name: user.name }));
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={user && t('users.resetPasswordOf', { name: user.name })}
      okText={t('users.resetConfirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={reset.isPending}
      onCancel={close}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form form={form} layout="vertical" onFinish={submit} clearOnDestroy>
          {dialog}
        </Form>
      )}
    >
      <Form.Item name="password" label={t('users.fields.newPassword')} rules={newPasswordRules(t)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {reset.error && <ErrorState error={reset.error} />}
    </Modal>
  );
}
