import { App, Form, Modal } from 'antd';
import type { UserSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useUpdateUser } from '../api/update-user.ts';
import { toScopeFormValues, toUserScope, type RegionOption, type ScopeFormValues } from '../scope-form.ts';
import { ScopeFields } from './scope-fields.tsx';

export interface EditScopeDialogProps {
  /** The user whose scope is edited; null keeps the dialog closed. */
  user: UserSummary | null;
  regionOptions: RegionOption[];
  onClose: () => void;
}

export function EditScopeDialog({ user, regionOptions, onClose }: EditScopeDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScopeFormValues>();
  const update = useUpdateUser();

  const close = () => {
    update.reset();
    onClose();
  };
  const submit = (values: ScopeFormValues) => {
    if (!user) return;
    update.mutate(
      { id: user.id, body: { scope: toUserScope(values) } },
      {
        onSuccess: () => {
          void message.success(t('users.done.scopeSaved', { name: user.name }));
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={user && t('users.editScopeOf', { name: user.name })}
      okText={t('users.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={update.isPending}
      onCancel={close}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form
          form={form}
          layout="vertical"
          initialValues={user ? toScopeFormValues(user.scope) : {}}
          onFinish={submit}
          clearOnDestroy
        >
          {dialog}
        </Form>
      )}
    >
      <ScopeFields regionOptions={regionOptions} currentRegions={user?.scope.regions} />
      {update.error && <ErrorState error={update.error} />}
    </Modal>
  );
}
