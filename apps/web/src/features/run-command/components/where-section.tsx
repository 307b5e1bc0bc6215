import { Card, Flex, Form, Input, Radio, Select } from 'antd';
import type { ResolvedTargets } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { useResourceGroups } from '../api/get-resource-groups.ts';
import type { TargetKind } from '../run-form-values.ts';
import type { TargetSplit } from '../target-split.ts';
import { InstancePicker } from './instance-picker.tsx';
import { TargetSummary } from './target-summary.tsx';

export interface WhereSectionProps {
  region: string;
  kind: TargetKind;
  resolved: ResolvedTargets | undefined;
  split: TargetSplit;
  resolving: boolean;
  resolveError: Error | null;
}

/** Where it runs: picked instances, every instance with a tag, or a resource group. */
export function WhereSection({ region, kind, resolved, split, resolving, resolveError }: WhereSectionProps) {
  const { t } = useTranslation();
  const groups = useResourceGroups(region, kind === 'resourceGroup');
  return (
    <Card title={t('runCommand.where.title')} size="small">
      <Form.Item name="targetKind">
        <Radio.Group
          options={[
            { value: 'instances', label: t('runCommand.where.kinds.instances') },
            { value: 'tag', label: t('runCommand.where.kinds.tag') },
            { value: 'resourceGroup', label: t('runCommand.where.kinds.resourceGroup') },
          ]}
        />
      </Form.Item>
      {kind === 'instances' && (
        <Form.Item name="instanceIds">
          <InstancePicker region={region} />
        </Form.Item>
      )}
      {kind === 'tag' && (
        <Flex gap={12} wrap>
          <Form.Item name="tagKey" label={t('runCommand.where.tagKey')} rules={[{ max: 64 }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="tagValue" label={t('runCommand.where.tagValue')} rules={[{ max: 128 }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Flex>
      )}
      {kind === 'resourceGroup' && (
        <Form.Item name="resourceGroupId" label={t('runCommand.where.resourceGroup')}>
          <Select
            showSearch
            loading={groups.isPending}
            options={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: t('runCommand.where.resourceGroupOption', { id: g.id, count: g.instanceCount }) }))}
            style={{ maxWidth: 360 }}
          />
        </Form.Item>
      )}
      <TargetSummary resolved={resolved} split={split} resolving={resolving} error={resolveError ?? groups.error} />
    </Card>
  );
}
