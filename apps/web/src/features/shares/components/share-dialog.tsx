import { useId } from 'react';
import { Button, Modal, Typography } from 'antd';
import type { CreateShareBody, LineRange } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useCreateShare } from '../api/create-share.ts';
import { ShareForm, type ShareFormValues } from './share-form.tsx';
import { ShareLink } from '../../../components/share-link/share-link.tsx';

export interface ShareDialogProps {
  regionId: string;
  instanceId: string;
  instanceName?: string | null | undefined;
  removeSymbols: boolean;
  selectedRange?: LineRange | null | undefined;
  onClose: () => void;
}

/** First the choices (range, note, visibility, expiry), then, once created, the link to hand over. */
export function ShareDialog({ regionId, instanceId, instanceName, removeSymbols, selectedRange, onClose }: ShareDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const create = useCreateShare();
  const created = create.data;

  const submit = ({ part, note, visibility, expiresIn }: ShareFormValues) => {
    const body: CreateShareBody = { regionId, instanceId, removeSymbols, visibility, expiresIn };
    if (part === 'selected' && selectedRange) body.range = selectedRange;
    const trimmed = note?.trim();
    if (trimmed) body.note = trimmed;
    create.mutate(body);
  };

  const footer = created ? (
    <Button type="primary" onClick={onClose}>
      {t('shares.dialog.done')}
    </Button>
  ) : (
    <>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" form={formId} loading={create.isPending}>
        {t('shares.dialog.create')}
      </Button>
    </>
  );

  return (
    <Modal open title={t('shares.dialog.title')} footer={footer} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('shares.dialog.of', { name: instanceName || instanceId })}</Typography.Paragraph>
      {created ? (
        <ShareLink created={created} />
      ) : (
        <ShareForm id={formId} selectedRange={selectedRange ?? null} disabled={create.isPending} onSubmit={submit} />
      )}
      {create.error && <ErrorState error={create.error} />}
    </Modal>
  );
}
