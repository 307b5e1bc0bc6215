import type { ReactNode } from 'react';
import { Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: ReactNode;
  okText: string;
  submitting: boolean;
  /** Shown in the dialog, which stays open so the same request can be retried. */
  error: Error | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, body, okText, submitting, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={submitting}
      onOk={onConfirm}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{body}</Typography.Paragraph>
        {error && <ErrorState error={error} />}
      </Flex>
    </Modal>
  );
}
