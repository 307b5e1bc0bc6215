import { Flex, Typography } from 'antd';
import type { InstanceSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';

export function InstanceIps({ instance }: { instance: Pick<InstanceSummary, 'publicIps' | 'eip' | 'privateIps'> }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    ...instance.publicIps.map((ip): [string, string] => [t('instances.publicIp'), ip]),
    ...(instance.eip ? [[t('instances.eip'), instance.eip] as [string, string]] : []),
    ...instance.privateIps.map((ip): [string, string] => [t('instances.privateIp'), ip]),
  ];
  if (rows.length === 0) return <span>{t('common.none')}</span>;
  return (
    <Flex vertical>
      {rows.map(([kind, ip]) => (
        <Typography.Text key={`${kind}:${ip}`} style={{ whiteSpace: 'nowrap' }}>
          {ip} <Typography.Text type="secondary">({kind})</Typography.Text>
        </Typography.Text>
      ))}
    </Flex>
  );
}
