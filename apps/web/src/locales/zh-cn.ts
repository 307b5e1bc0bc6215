import type { Messages } from './en.ts';
import { baseZhCN } from './zh-cn/base.ts';
import { accessZhCN } from './zh-cn/access.ts';
import { instancesZhCN } from './zh-cn/instances.ts';
import { recordsZhCN } from './zh-cn/records.ts';
import { commandsZhCN } from './zh-cn/commands.ts';
import { runsZhCN } from './zh-cn/runs.ts';
import { recordingsZhCN } from './zh-cn/recordings.ts';
import { terminalZhCN } from './zh-cn/terminal.ts';

// Simplified Chinese: the same parts as the English messages, each typed by its English file.
export const zhCN: Messages = {
  ...baseZhCN,
  ...accessZhCN,
  ...instancesZhCN,
  ...recordsZhCN,
  ...commandsZhCN,
  ...runsZhCN,
  ...recordingsZhCN,
  ...terminalZhCN,
};
