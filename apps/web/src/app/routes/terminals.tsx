import { TerminalsWorkspace } from '../../features/terminal/components/terminals-workspace.tsx';
import { useAdoptTerminal } from '../../features/terminal/hooks/use-adopt-terminal.ts';

export function TerminalsRoute() {
  useAdoptTerminal();
  return <TerminalsWorkspace />;
}
