import { App, Button } from 'antd';
import type { ShareSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error.ts';
import { useRevokeShare } from '../api/revoke-share.ts';

/** Revoking cannot be undone and breaks the link for everyone it was sent to, so it is confirmed first. */
export function RevokeShareButton({ share }: { share: ShareSummary }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const revoke = useRevokeShare();

  const revokeNow = async () => {
    try {
      await revoke.mutateAsync(share.id);
      void message.success(t('shares.list.revoked'));
    } catch (error) {
      void message.error(isApiError(error) ? t(`errors.codes.${error.code}`) : String(error));
    }
  };

  const confirm = () =>
    modal.confirm({
      title: t('shares.list.revokeTitle'),
      content: t('shares.list.revokeBody', { name: share.instanceName || share.instanceId }),
      okText: t('shares.list.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: revokeNow,
    });

  return (
    <Button size="small" danger loading={revoke.isPending} onClick={confirm}>
      {t('shares.list.revoke')}
    </Button>
  );
}
