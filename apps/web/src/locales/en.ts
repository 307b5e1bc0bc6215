// The English messages, one file per part of the app. Their shape is the type every other language
// must match (see zh-cn.ts), and it types the keys `t()` accepts (see lib/i18n.ts).
import { baseEn } from './en/base.ts';
import { accessEn } from './en/access.ts';
import { instancesEn } from './en/instances.ts';
import { recordsEn } from './en/records.ts';
import { commandsEn } from './en/commands.ts';
import { runsEn } from './en/runs.ts';
import { recordingsEn } from './en/recordings.ts';
import { terminalEn } from './en/terminal.ts';

export const en = {
  ...baseEn,
  ...accessEn,
  ...instancesEn,
  ...recordsEn,
  ...commandsEn,
  ...runsEn,
  ...recordingsEn,
  ...terminalEn,
};

export type Messages = typeof en;
