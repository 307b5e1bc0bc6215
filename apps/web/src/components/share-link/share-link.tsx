import { App, Button, Flex, Input, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import type { CreatedShare } from '@porthole/contract';
import { useTranslation } from 'react-i18next';

/** The new link, absolute so it can be pasted anywhere; its token is never shown again. */
export function ShareLink({ created }: { created: CreatedShare }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const link = new URL(created.url, window.location.origin).href;
  const { redactions } = created.share;

  // The clipboard API exists only on secure origins; the selectable field is the fallback.
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      void message.success(t('shares.dialog.copied'));
    } catch {
      void message.warning(t('shares.dialog.copyFailed'));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text>{t('shares.dialog.created')}</Typography.Text>
      <Flex gap={8}>
        <Input aria-label={t('shares.dialog.link')} value={link} readOnly onFocus={(event) => event.target.select()} />
        <Button type="primary" icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
          {t('shares.dialog.copy')}
        </Button>
      </Flex>
      {redactions > 0 && <Typography.Text type="warning">{t('shares.dialog.redactions', { count: redactions })}</Typography.Text>}
    </Flex>
  );
}
