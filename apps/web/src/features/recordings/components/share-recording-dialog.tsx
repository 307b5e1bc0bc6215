import { useId } from 'react';
import { Button, Modal, Typography } from 'antd';
import type { RecordingSummary, ShareRecordingBody } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useShareRecording } from '../api/share-recording.ts';
import { ShareLink } from '../../../components/share-link/share-link.tsx';
import { ShareRecordingForm, type ShareRecordingValues } from './share-recording-form.tsx';

export interface ShareRecordingDialogProps {
  recording: RecordingSummary;
  onClose: () => void;
}

/** First the choices (note, visibility, expiry), then, once created, the link to hand over. */
export function ShareRecordingDialog({ recording, onClose }: ShareRecordingDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const share = useShareRecording();
  const created = share.data;

  const submit = ({ note, visibility, expiresIn }: ShareRecordingValues) => {
    const body: ShareRecordingBody = { visibility, expiresIn };
    const trimmed = note?.trim();
    if (trimmed) body.note = trimmed;
    share.mutate({ recordingId: recording.id, body });
  };

  const footer = created ? (
    <Button type="primary" onClick={onClose}>
      {t('recordings.shareDialog.done')}
    </Button>
  ) : (
    <>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" form={formId} loading={share.isPending}>
        {t('recordings.shareDialog.create')}
      </Button>
    </>
  );

  return (
    <Modal open title={t('recordings.shareDialog.title')} footer={footer} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        {t('recordings.shareDialog.of', { name: recording.targetName || recording.targetId })}
      </Typography.Paragraph>
      {created ? <ShareLink created={created} /> : <ShareRecordingForm id={formId} disabled={share.isPending} onSubmit={submit} />}
      {share.error && <ErrorState error={share.error} />}
    </Modal>
  );
}
