import type { ExecFraming, SessionSchemaVersion } from '@porthole/wire';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createRecorder } from '../recordings/index.ts';
import { EXEC_DEFAULTS, execUpstream } from './exec-upstream.ts';
import { SESSION_MANAGER_DEFAULTS, sessionManagerUpstream } from './session-manager-upstream.ts';
import { RELAY_DEFAULTS, type RelayLimits, type TerminalLifecycle } from './terminal.ts';
import { TerminalRegistry } from './terminal-registry.ts';
import type { TerminalOwner, TerminalSpec } from './terminal-spec.ts';
import type { Terminal } from './terminal.ts';

export interface TerminalsPluginOptions {
  /** Default 8. */
  readonly limitPerUser?: number;
  /** Session Manager version spoken first (default 1.02; a 1.01 gateway is detected). */
  readonly sessionProtocol?: SessionSchemaVersion;
  /** ECI exec framing; default `auto` (probe). */
  readonly execFraming?: ExecFraming | 'auto';
  readonly relay?: Partial<RelayLimits>;
  /** Session Manager timings, for tests (keepalive, resume pauses). */
  readonly keepaliveMs?: number;
  readonly resumeDelayMs?: number;
}

export interface Terminals {
  readonly registry: TerminalRegistry;
  /** Reserves a terminal; its cloud session starts when the browser's socket connects. */
  open(owner: TerminalOwner, spec: TerminalSpec): Terminal;
}

declare module 'fastify' {
  interface FastifyInstance {
    terminals: Terminals;
  }
}

const KEEP_ENDED_MS = 10 * 60_000;
const RESERVATION_MS = 5 * 60_000;

/** `app.terminals`: the shells this process relays (see terminal.ts). */
async function terminalsPlugin(app: FastifyInstance, options: TerminalsPluginOptions): Promise<void> {
  const limits: RelayLimits = { ...RELAY_DEFAULTS, ...options.relay };
  const sessionManager = {
    ...SESSION_MANAGER_DEFAULTS,
    protocol: options.sessionProtocol ?? SESSION_MANAGER_DEFAULTS.protocol,
    keepaliveMs: options.keepaliveMs ?? SESSION_MANAGER_DEFAULTS.keepaliveMs,
    resumeDelayMs: options.resumeDelayMs ?? SESSION_MANAGER_DEFAULTS.resumeDelayMs,
    log: app.log,
  };
  const exec = { ...EXEC_DEFAULTS, framing: options.execFraming ?? EXEC_DEFAULTS.framing, log: app.log };

  const lifecycle: TerminalLifecycle = {
    async start(terminal, request) {
      const { spec } = terminal;
      const entry = await app.audit.begin(request, {
        action: 'terminal.session',
        regionId: spec.regionId,
        ...(spec.kind === 'instance' ? { instanceId: spec.targetId } : { target: `container-group:${spec.targetId}/${spec.containerName ?? ''}` }),
        // The command line itself stays out: people type secrets into command lines.
        detail: [`terminal ${terminal.id}`, spec.username === null ? null : `as ${spec.username}`, spec.commandLine === null ? null : 'with a command line', spec.shell]
          .filter((part) => part !== null)
          .join(', '),
      });
      terminal.auditId = entry.id;
      return createRecorder(app, {
        terminalId: terminal.id,
        kind: spec.kind,
        regionId: spec.regionId,
        targetId: spec.targetId,
        targetName: spec.targetName,
        containerName: spec.containerName,
        userId: terminal.owner.id,
        userName: terminal.owner.name,
        cols: terminal.size.cols,
        rows: terminal.size.rows,
        auditId: entry.id,
        ...(spec.shell === null ? {} : { shell: spec.shell }),
      });
    },
    async ended(terminal, _reason, connected) {
      if (terminal.auditId === null) return;
      await app.audit.complete(terminal.auditId, connected ? { outcome: 'succeeded' } : { outcome: 'failed', errorCode: 'CLOUD_ERROR' });
    },
  };

  const registry = new TerminalRegistry({
    limitPerUser: options.limitPerUser ?? 8,
    keepEndedMs: KEEP_ENDED_MS,
    reservationMs: RESERVATION_MS,
    limits,
    lifecycle,
    log: app.log,
  });

  app.decorate('terminals', {
    registry,
    open(owner, spec) {
      return registry.open(owner, spec, (events, size) =>
        spec.kind === 'instance'
          ? sessionManagerUpstream(
              app.cloud,
              { regionId: spec.regionId, instanceId: spec.targetId, username: spec.username ?? undefined, commandLine: spec.commandLine ?? undefined, ...size },
              sessionManager,
              events,
            )
          : execUpstream(
              app.cloud,
              { regionId: spec.regionId, containerGroupId: spec.targetId, containerName: spec.containerName ?? '', command: [spec.shell ?? '/bin/sh'], ...size },
              exec,
              events,
            ),
      );
    },
  });
  // Before the database closes: each shell's audit entry and recording are settled first.
  app.addHook('preClose', () => registry.closeAll('the server stopped'));
}

export default fp(terminalsPlugin, { name: 'terminals', dependencies: ['audit', 'cloud', 'recordings'] });
