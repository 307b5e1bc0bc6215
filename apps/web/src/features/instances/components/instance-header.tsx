import { Flex, Typography } from 'antd';
import type { InstanceSummary } from '@porthole/contract';
import { InstanceStatusTag } from './instance-status-tag.tsx';
import { PowerActions } from './power-actions.tsx';

export interface InstanceHeaderProps {
  region: string;
  instance: InstanceSummary;
  canOperate: boolean;
}

export function InstanceHeader({ region, instance, canOperate }: InstanceHeaderProps) {
  return (
    <Flex justify="space-between" align="center" wrap gap={16}>
      <Flex vertical gap={4}>
        <Flex align="center" gap={12}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {instance.name}
          </Typography.Title>
          <InstanceStatusTag status={instance.status} />
        </Flex>
        <Typography.Text type="secondary" copyable>
          {instance.id}
        </Typography.Text>
      </Flex>
      <PowerActions region={region} instance={instance} canOperate={canOperate} />
    </Flex>
  );
}
