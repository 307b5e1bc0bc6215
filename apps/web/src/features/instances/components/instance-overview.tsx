import { Card, Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { InstanceDetail } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/ui/date-time.tsx';
import { StatusTag } from '../../../components/ui/status-tag.tsx';
import { TagList } from '../../../components/ui/tag-list.tsx';

export function InstanceOverview({ instance }: { instance: InstanceDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const list = (values: readonly string[]) => (values.length ? values.join(', ') : none);
  const assistant = instance.cloudAssistant;
  const items: DescriptionsProps['items'] = [
    { key: 'zone', label: t('instances.overview.zone'), children: instance.zoneId },
    {
      key: 'type',
      label: t('instances.overview.instanceType'),
      children: `${instance.instanceType} · ${t('instances.cpuMemory', { cpu: instance.cpu, memory: instance.memoryMiB / 1024 })}`,
    },
    { key: 'os', label: t('instances.overview.os'), children: instance.osName },
    { key: 'image', label: t('instances.overview.image'), children: <Typography.Text code>{instance.imageId}</Typography.Text> },
    { key: 'host', label: t('instances.overview.hostName'), children: instance.hostName || none },
    { key: 'publicIps', label: t('instances.overview.publicIps'), children: list(instance.publicIps) },
    { key: 'eip', label: t('instances.overview.eip'), children: instance.eip ?? none },
    { key: 'privateIps', label: t('instances.overview.privateIps'), children: list(instance.privateIps) },
    { key: 'vpc', label: t('instances.overview.vpc'), children: instance.vpcId ?? none },
    { key: 'vswitch', label: t('instances.overview.vSwitch'), children: instance.vSwitchId ?? none },
    { key: 'sg', label: t('instances.overview.securityGroups'), children: list(instance.securityGroupIds) },
    { key: 'keyPair', label: t('instances.overview.keyPair'), children: instance.keyPairName ?? none },
    {
      key: 'assistant',
      label: t('instances.overview.cloudAssistant'),
      children: (
        <>
          <StatusTag tone={assistant.online ? 'success' : 'default'}>
            {assistant.online ? t('instances.overview.cloudAssistantOnline') : t('instances.overview.cloudAssistantOffline')}
          </StatusTag>
          {assistant.version && t('instances.overview.cloudAssistantVersion', { version: assistant.version })}
        </>
      ),
    },
    {
      key: 'session',
      label: t('instances.overview.sessionManager'),
      children: assistant.supportsSessionManager ? t('instances.overview.supported') : t('instances.overview.unsupported'),
    },
    { key: 'charge', label: t('instances.overview.chargeType'), children: instance.chargeType },
    {
      key: 'bandwidth',
      label: t('instances.overview.bandwidth'),
      children: t('instances.overview.bandwidthValue', { value: instance.internetMaxBandwidthOut }),
    },
    {
      key: 'protection',
      label: t('instances.overview.deletionProtection'),
      children: instance.deletionProtection ? t('instances.overview.on') : t('instances.overview.off'),
    },
    { key: 'locks', label: t('instances.overview.operationLocks'), children: list(instance.operationLocks) },
    { key: 'created', label: t('instances.overview.creationTime'), children: <DateTime value={instance.creationTime} /> },
    {
      key: 'started',
      label: t('instances.overview.startTime'),
      children: instance.startTime ? <DateTime value={instance.startTime} /> : none,
    },
    { key: 'description', label: t('instances.overview.description'), children: instance.description || none, span: 2 },
    { key: 'tags', label: t('common.tags'), children: <TagList tags={instance.tags} empty={none} />, span: 2 },
  ];
  return (
    <Card>
      <Descriptions column={2} items={items} />
    </Card>
  );
}
