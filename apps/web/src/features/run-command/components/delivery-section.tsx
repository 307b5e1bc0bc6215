import { Alert, Card, Checkbox, Flex, Form, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';

export interface DeliverySectionProps {
  dryRun: boolean;
  rollout: boolean;
  /** A rollout starts its first batch at once; the BFF has no scheduled rollouts. */
  scheduled: boolean;
}

/** A dry run checks everything and runs nothing; a rollout runs batch after batch and halts on failures. */
export function DeliverySection({ dryRun, rollout, scheduled }: DeliverySectionProps) {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <Flex gap={24} wrap>
        <Form.Item name="dryRun" label={t('runCommand.delivery.dryRun')} valuePropName="checked" extra={t('runCommand.delivery.dryRunHelp')}>
          <Switch disabled={rollout || undefined} />
        </Form.Item>
        <Form.Item name="rollout" label={t('runCommand.delivery.rollout')} valuePropName="checked" extra={t('runCommand.delivery.rolloutHelp')}>
          <Switch disabled={dryRun || undefined} />
        </Form.Item>
      </Flex>
      {rollout && (
        <Flex gap={16} wrap align="center">
          <Form.Item name="maxConcurrency" label={t('runCommand.delivery.maxConcurrency')} rules={[{ required: true, type: 'integer', min: 1, max: 100 }]}>
            <InputNumber min={1} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="maxFailures" label={t('runCommand.delivery.maxFailures')} rules={[{ required: true, type: 'integer', min: 0, max: 1000 }]}>
            <InputNumber min={0} max={1000} precision={0} />
          </Form.Item>
          <Form.Item name="pauseAfterFirstBatch" valuePropName="checked">
            <Checkbox>{t('runCommand.delivery.pauseAfterFirstBatch')}</Checkbox>
          </Form.Item>
        </Flex>
      )}
      {rollout && scheduled && <Alert type="error" showIcon title={t('runCommand.delivery.rolloutNow')} />}
    </Card>
  );
}
