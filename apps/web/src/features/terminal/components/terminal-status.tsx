import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { RESUME_TIMEOUT_REASON, USER_CLOSED_REASON } from '../session/terminal-session.ts';
import type { SessionState, SessionStatus } from '../session/session-state.ts';

const badge: Record<SessionStatus, 'processing' | 'success' | 'warning' | 'default'> = {
  connecting: 'processing',
  connected: 'success',
  reconnecting: 'warning',
  resumed: 'success',
  ended: 'default',
};

export function TerminalStatus({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  // The browser's own reasons are translated; the cloud's and the relay's arrive as text.
  const reason =
    state.reason === RESUME_TIMEOUT_REASON ? t('terminal.reasons.timeout')
    : state.reason === USER_CLOSED_REASON ? t('terminal.reasons.closed')
    : (state.reason ?? '');
  const text = state.status === 'ended' ? t('terminal.status.ended', { reason }) : t(`terminal.status.${state.status}`);
  return <Badge status={badge[state.status]} text={<span role="status">{text}</span>} />;
}
