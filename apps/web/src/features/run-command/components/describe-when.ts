import type { Schedule } from '@porthole/contract';
import type { TFunction } from 'i18next';
import type { SchedulePreview } from '../schedule-preview.ts';

/** The schedule in one sentence for the confirmation, with the first run time where there is one. */
export function describeWhen(schedule: Schedule, preview: SchedulePreview, t: TFunction): string {
  const first = preview.kind === 'runs' ? preview.runs[0] : undefined;
  const firstAt = first ? `${first.inZone} ${preview.kind === 'runs' ? preview.zone : ''}`.trim() : '';
  switch (schedule.kind) {
    case 'now':
      return t('runCommand.review.when.now');
    case 'rate':
      return t('runCommand.review.when.rate', { every: schedule.every, unit: t(`runCommand.when.units.${schedule.unit}`), first: firstAt });
    case 'at':
      return t('runCommand.review.when.at', { time: schedule.local, zone: schedule.timeZone });
    case 'cron':
      return t('runCommand.review.when.cron', { expression: schedule.expression, zone: schedule.timeZone, first: firstAt });
    case 'next-reboot':
      return t('runCommand.review.when.nextReboot');
    case 'every-reboot':
      return t('runCommand.review.when.everyReboot');
  }
}
