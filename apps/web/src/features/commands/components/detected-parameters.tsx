import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { findParameters } from '../../../components/script-editor/find-parameters.ts';

/** The `{{name}}` parameters of the script being typed, found live as the cloud will find them. */
export function DetectedParameters({ content }: { content: string }) {
  const { t } = useTranslation();
  const { names, invalid } = findParameters(content);
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">
        {names.length > 0 ? t('commands.parameters', { names: names.join(', ') }) : t('commands.noParameters')}
      </Typography.Text>
      {invalid.length > 0 && <Typography.Text type="danger">{t('commands.invalidParameters', { names: invalid.join(', ') })}</Typography.Text>}
    </Flex>
  );
}
