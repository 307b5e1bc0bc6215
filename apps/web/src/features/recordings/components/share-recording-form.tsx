import { Form, Input, Select, Typography } from 'antd';
import type { ShareExpiry, ShareVisibility } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { defaultExpiry, defaultVisibility, shareExpiries, shareVisibilities } from '../share-options.ts';

export interface ShareRecordingValues {
  note?: string | undefined;
  visibility: ShareVisibility;
  expiresIn: ShareExpiry;
}

export interface ShareRecordingFormProps {
  /** The form's id, so the dialog's footer button can submit it. */
  id: string;
  disabled: boolean;
  onSubmit: (values: ShareRecordingValues) => void;
}

const noteMaxLength = 1000;

export function ShareRecordingForm({ id, disabled, onSubmit }: ShareRecordingFormProps) {
  const { t } = useTranslation();
  const initialValues: ShareRecordingValues = { visibility: defaultVisibility, expiresIn: defaultExpiry };
  return (
    <Form<ShareRecordingValues> id={id} layout="vertical" initialValues={initialValues} onFinish={onSubmit} disabled={disabled}>
      <Form.Item name="note" label={t('recordings.shareDialog.note')}>
        <Input.TextArea rows={3} maxLength={noteMaxLength} showCount placeholder={t('recordings.shareDialog.notePlaceholder')} />
      </Form.Item>
      <Form.Item name="visibility" label={t('recordings.shareDialog.visibility')}>
        <Select options={shareVisibilities.map((value) => ({ value, label: t(`recordings.visibility.${value}`) }))} virtual={false} />
      </Form.Item>
      <Form.Item name="expiresIn" label={t('recordings.shareDialog.expires')}>
        <Select options={shareExpiries.map((value) => ({ value, label: t(`recordings.expiry.${value}`) }))} virtual={false} />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('recordings.shareDialog.hint')}
      </Typography.Paragraph>
    </Form>
  );
}
