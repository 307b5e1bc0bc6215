import { Card, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SchedulePreview } from '../schedule-preview.ts';
import type { WhenKind } from '../run-form-values.ts';
import { NextRunsList } from './next-runs-list.tsx';
import { TimeZoneSelect } from './time-zone-select.tsx';

export interface WhenSectionProps {
  when: WhenKind;
  preview: SchedulePreview;
  viewerZone: string;
}

const whenKinds: readonly WhenKind[] = ['now', 'rate', 'at', 'cron', 'next-reboot', 'every-reboot'];

/** When it runs: now, periodically, once later, on a cron schedule, or at reboots. */
export function WhenSection({ when, preview, viewerZone }: WhenSectionProps) {
  const { t } = useTranslation();
  const zone = (
    <Form.Item name="timeZone" label={t('runCommand.when.timeZone')}>
      <TimeZoneSelect />
    </Form.Item>
  );
  return (
    <Card title={t('runCommand.when.title')} size="small">
      <Form.Item name="when">
        <Radio.Group options={whenKinds.map((kind) => ({ value: kind, label: t(`runCommand.when.kinds.${kind}`) }))} />
      </Form.Item>
      <Flex gap={16} wrap>
        {when === 'rate' && (
          <>
            <Form.Item name="every" label={t('runCommand.when.interval')}>
              <InputNumber min={1} max={10080} precision={0} />
            </Form.Item>
            <Form.Item name="unit" label={t('runCommand.when.unit')}>
              <Select
                options={(['m', 'h', 'd'] as const).map((unit) => ({ value: unit, label: t(`runCommand.when.units.${unit}`) }))}
                style={{ width: 140 }}
              />
            </Form.Item>
          </>
        )}
        {when === 'at' && (
          <>
            <Form.Item name="atLocal" label={t('runCommand.when.dateTime')}>
              <Input autoComplete="off" placeholder="yyyy-MM-dd HH:mm:ss" style={{ width: 220 }} />
            </Form.Item>
            {zone}
          </>
        )}
        {when === 'cron' && (
          <>
            <Form.Item name="cronExpression" label={t('runCommand.when.cron')} extra={t('runCommand.when.cronHelp')}>
              <Input autoComplete="off" placeholder="0 0 2 * * ?" style={{ width: 260, fontFamily: 'monospace' }} />
            </Form.Item>
            {zone}
          </>
        )}
      </Flex>
      <NextRunsList preview={preview} viewerZone={viewerZone} />
    </Card>
  );
}
