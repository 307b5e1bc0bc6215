import type { Operation } from '../../operation.ts';
import type { World } from '../../world/index.ts';
import { describeTerminalSessions } from './describe-terminal-sessions.ts';
import { endTerminalSession } from './end-terminal-session.ts';
import { startTerminalSession } from './start-terminal-session.ts';

/** The Session Manager operations of ECS (Cloud Assistant remote connections). */
export const terminalSessionOperations = (world: World): Record<string, Operation> => ({
  StartTerminalSession: startTerminalSession(world),
  EndTerminalSession: endTerminalSession(world),
  DescribeTerminalSessions: describeTerminalSessions(world),
});
