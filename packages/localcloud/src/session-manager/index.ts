export { SessionManager, type NewSession, type SessionManagerOptions } from './session-manager.ts';
export type { SessionRecord, ConnectionRecord, ConnectionStatus } from './session-record.ts';
export { DEFAULT_SESSION_SETTINGS, sessionSettingsFromEnv, validateSessionSettings, type SessionSettings } from './settings.ts';
export { parseSessionFault, type SessionFault } from './session-faults.ts';
export { GatewayCloseCode } from './socket-transport.ts';
export { SESSION_SOCKET_PATH, sessionSocketRoutes } from './socket-routes.ts';
