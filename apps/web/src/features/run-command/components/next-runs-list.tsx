import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SchedulePreview } from '../schedule-preview.ts';

export interface NextRunsListProps {
  preview: SchedulePreview;
  viewerZone: string;
}

/** The next run times in the schedule's zone and, where it differs, in the viewer's. */
export function NextRunsList({ preview, viewerZone }: NextRunsListProps) {
  const { t } = useTranslation();
  if (preview.kind === 'immediate') return null;
  if (preview.kind === 'invalid') return <Alert type="error" showIcon title={preview.reason} />;
  if (preview.kind === 'exhausted') return <Alert type="error" showIcon title={t('runCommand.when.exhausted')} />;
  const sameZone = preview.zone === viewerZone;
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong id="next-runs-heading">
        {t('runCommand.when.nextRuns')}
      </Typography.Text>
      <ol aria-labelledby="next-runs-heading" style={{ margin: 0, paddingInlineStart: 20 }}>
        {preview.runs.map((run) => (
          <li key={run.at}>
            <time dateTime={new Date(run.at).toISOString()}>
              {sameZone
                ? t('runCommand.when.runInViewerZone', { time: run.inViewerZone, zone: viewerZone })
                : t('runCommand.when.runInBothZones', { time: run.inZone, zone: preview.zone, viewerTime: run.inViewerZone, viewerZone })}
            </time>
          </li>
        ))}
      </ol>
    </Flex>
  );
}
