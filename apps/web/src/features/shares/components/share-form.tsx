import { Form, Input, Radio, Select, Typography } from 'antd';
import type { LineRange, ShareExpiry, ShareVisibility } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { defaultExpiry, defaultVisibility, shareExpiries, shareVisibilities } from '../share-options.ts';

export interface ShareFormValues {
  part: 'whole' | 'selected';
  note?: string | undefined;
  visibility: ShareVisibility;
  expiresIn: ShareExpiry;
}

export interface ShareFormProps {
  /** The form's id, so the dialog's footer button can submit it. */
  id: string;
  selectedRange: LineRange | null;
  disabled: boolean;
  onSubmit: (values: ShareFormValues) => void;
}

const noteMaxLength = 1000;

export function ShareForm({ id, selectedRange, disabled, onSubmit }: ShareFormProps) {
  const { t } = useTranslation();
  // A selection is why most people open the dialog, so it is the default when there is one.
  const initialValues: ShareFormValues = {
    part: selectedRange ? 'selected' : 'whole',
    visibility: defaultVisibility,
    expiresIn: defaultExpiry,
  };
  return (
    <Form<ShareFormValues> id={id} layout="vertical" initialValues={initialValues} onFinish={onSubmit} disabled={disabled}>
      <Form.Item name="part" label={t('shares.dialog.what')} extra={selectedRange ? undefined : t('shares.dialog.selectHint')}>
        <Radio.Group
          options={[
            { value: 'whole', label: t('shares.dialog.wholeLog') },
            ...(selectedRange ? [{ value: 'selected', label: t('shares.dialog.selectedLines', selectedRange) }] : []),
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('shares.dialog.note')}>
        <Input.TextArea rows={3} maxLength={noteMaxLength} showCount placeholder={t('shares.dialog.notePlaceholder')} />
      </Form.Item>
      <Form.Item name="visibility" label={t('shares.dialog.visibility')}>
        <Select options={shareVisibilities.map((value) => ({ value, label: t(`shares.visibility.${value}`) }))} virtual={false} />
      </Form.Item>
      <Form.Item name="expiresIn" label={t('shares.dialog.expires')}>
        <Select options={shareExpiries.map((value) => ({ value, label: t(`shares.expiry.${value}`) }))} virtual={false} />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('shares.dialog.snapshotHint')}
      </Typography.Paragraph>
    </Form>
  );
}
