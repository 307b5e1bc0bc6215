import { Alert, Button, Form, Input } from 'antd';
import { NewPassword } from '@porthole/contract';
import type { TString, TStringOptions } from 'typebox';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../api/change-password.ts';

interface PasswordFields {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

// The contract's schema is the one place the password rule is written down (TypeBox keeps the
// options on the schema object without typing them).
const { minLength, maxLength } = NewPassword as TString & TStringOptions;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordFields>();
  const change = useChangePassword();

  const submit = ({ currentPassword, newPassword }: PasswordFields) =>
    change.mutate({ currentPassword, newPassword }, { onSuccess: () => form.resetFields() });

  return (
    <Form<PasswordFields>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={() => change.isSuccess && change.reset()}
      requiredMark={false}
      disabled={change.isPending}
      style={{ maxWidth: 400 }}
    >
      <Form.Item
        name="currentPassword"
        label={t('auth.password.current')}
        rules={[{ required: true, message: t('auth.password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.password.new')}
        rules={[
          { required: true, min: minLength, message: t('auth.password.tooShort', { min: minLength }) },
          { max: maxLength, message: t('auth.password.tooLong', { max: maxLength }) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.password.confirm')}
        dependencies={['newPassword']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: unknown) =>
              value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('auth.password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {change.isError && <Alert type="error" showIcon title={change.error.message} style={{ marginBottom: 16 }} />}
      {change.isSuccess && (
        <Alert type="success" showIcon title={t('auth.password.changed')} description={t('auth.password.changedHint')} style={{ marginBottom: 16 }} />
      )}
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('auth.password.submit')}
      </Button>
    </Form>
  );
}
