import { Checkbox, Flex, Modal, Typography } from 'antd';
import type { PowerAction } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';

export interface PowerActionDialogProps {
  action: PowerAction | null;
  instance: { id: string; name: string };
  force: boolean;
  onForceChange: (force: boolean) => void;
  submitting: boolean;
  error: Error | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Names the instance and the action, so a click on the wrong row cannot reboot the wrong machine. */
export function PowerActionDialog(props: PowerActionDialogProps) {
  const { action, instance, force, onForceChange, submitting, error, onConfirm, onCancel } = props;
  const { t } = useTranslation();
  const names = { name: instance.name, id: instance.id };
  return (
    <Modal
      open={action !== null}
      title={action && t(`power.confirmTitle.${action}`, names)}
      okText={action && t(`power.${action}`)}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: action !== 'start' }}
      confirmLoading={submitting}
      onOk={onConfirm}
      onCancel={onCancel}
      destroyOnHidden
    >
      {action && (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>{t(`power.confirmBody.${action}`, names)}</Typography.Paragraph>
          {action !== 'start' && (
            <Checkbox checked={force} onChange={(event) => onForceChange(event.target.checked)}>
              {t('power.force')}
            </Checkbox>
          )}
          {error && <ErrorState error={error} />}
        </Flex>
      )}
    </Modal>
  );
}
