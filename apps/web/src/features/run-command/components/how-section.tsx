import { Card, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** How it runs: as whom, where on disk, for how long, in which container, and what a timeout kills. */
export function HowSection({ defaultTimeoutSeconds }: { defaultTimeoutSeconds: number }) {
  const { t } = useTranslation();
  return (
    <Card title={t('runCommand.how.title')} size="small">
      <Flex gap={16} wrap>
        <Form.Item name="username" label={t('runCommand.how.username')} rules={[{ max: 255 }]}>
          <Input autoComplete="off" placeholder="root" />
        </Form.Item>
        <Form.Item name="workingDir" label={t('runCommand.how.workingDir')} rules={[{ max: 200 }]}>
          <Input autoComplete="off" placeholder={t('runCommand.how.workingDirPlaceholder')} />
        </Form.Item>
        <Form.Item name="timeoutSeconds" label={t('runCommand.how.timeout')} rules={[{ type: 'integer', min: 10, max: 86400, message: t('runCommand.how.timeoutRange') }]}>
          <InputNumber min={10} max={86400} precision={0} placeholder={String(defaultTimeoutSeconds)} />
        </Form.Item>
        <Form.Item name="containerName" label={t('runCommand.how.containerName')} rules={[{ max: 253 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="terminationMode" label={t('runCommand.how.terminationMode')}>
          <Select
            options={[
              { value: 'Process', label: t('runCommand.how.termination.Process') },
              { value: 'ProcessTree', label: t('runCommand.how.termination.ProcessTree') },
            ]}
            style={{ width: 180 }}
          />
        </Form.Item>
      </Flex>
    </Card>
  );
}
