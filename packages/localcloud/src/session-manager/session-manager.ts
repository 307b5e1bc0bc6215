import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { EcsInstance } from '../world/model.ts';
import type { ChannelBackend } from './backend.ts';
import { Channel } from './channel.ts';
import { openPort } from './port-backend.ts';
import type { SessionFault } from './session-faults.ts';
import { isPortForwarding, type ConnectionRecord, type SessionRecord } from './session-record.ts';
import { SessionSocket } from './session-socket.ts';
import { DEFAULT_SESSION_SETTINGS, validateSessionSettings, type SessionSettings } from './settings.ts';
import { PtyRegistry, startShell } from './shell-backend.ts';
import type { SocketTransport } from './socket-transport.ts';

export interface SessionManagerOptions {
  readonly clock: Clock;
  readonly instances: ReadonlyMap<string, EcsInstance>;
  /** The Cloud Assistant's sandbox root: shells see the files RunCommand scripts wrote. */
  readonly sandboxRoot: string;
  readonly settings?: Partial<SessionSettings>;
}

export interface NewSession {
  readonly regionId: string;
  readonly instanceIds: readonly string[];
  readonly username: string;
  readonly commandLine?: string;
  readonly portNumber?: number;
  readonly targetServer?: string;
}

/** Why a WebSocket to a session URL is refused before the upgrade. */
export interface Refusal {
  readonly httpStatus: number;
  readonly message: string;
}

/** The simulated Session Manager: sessions, their URLs and tokens, channels (shells, TCP relays) and sockets. */
export class SessionManager {
  readonly #clock: Clock;
  readonly #instances: ReadonlyMap<string, EcsInstance>;
  readonly #root: string;
  readonly #sessions = new Map<string, SessionRecord>();
  readonly #channels = new Map<string, Channel>();
  readonly #sockets = new Map<SessionSocket, SessionRecord>();
  readonly #forget = new Map<Channel, NodeJS.Timeout>();
  readonly #ptys = new PtyRegistry();
  #settings: SessionSettings;
  #closing = false;
  /** `host:port` the WebSocketUrl points at: the simulator's own listening address, known once it listens. */
  endpoint: () => string = () => '127.0.0.1';

  constructor(options: SessionManagerOptions) {
    this.#clock = options.clock;
    this.#instances = options.instances;
    this.#root = options.sandboxRoot;
    this.#settings = validateSessionSettings({ ...DEFAULT_SESSION_SETTINGS, ...options.settings });
  }

  get settings(): SessionSettings {
    return this.#settings;
  }

  set settings(next: SessionSettings) {
    this.#settings = validateSessionSettings(next);
  }

  /** Live PTYs, for tests that check nothing leaks. */
  get ptyCount(): number {
    return this.#ptys.size;
  }

  create(input: NewSession): SessionRecord {
    const now = this.#clock.now();
    const session: SessionRecord = {
      sessionId: `s-${randomBytes(9).toString('hex').slice(0, 17)}`,
      token: randomUUID(),
      regionId: input.regionId,
      instanceIds: input.instanceIds,
      username: input.username,
      ...(input.commandLine === undefined ? {} : { commandLine: input.commandLine }),
      ...(input.portNumber === undefined ? {} : { portNumber: input.portNumber }),
      ...(input.targetServer === undefined ? {} : { targetServer: input.targetServer }),
      createdAt: now,
      expiresAt: now + this.#settings.urlLifetimeMs,
      connections: [],
    };
    this.#sessions.set(session.sessionId, session);
    return session;
  }

  get(sessionId: string): SessionRecord | undefined {
    return this.#sessions.get(sessionId);
  }

  /** Every session of the region, newest first. */
  list(regionId: string): SessionRecord[] {
    return [...this.#sessions.values()].filter((s) => s.regionId === regionId).reverse();
  }

  /** Sessions whose URL still works: the region limit counts these. */
  usableInRegion(regionId: string): number {
    const now = this.#clock.now();
    return this.list(regionId).filter((s) => s.endedAt === undefined && s.expiresAt > now).length;
  }

  connectedTo(instanceId: string): number {
    let count = 0;
    for (const s of this.#sessions.values()) {
      count += s.connections.filter((c) => c.instanceId === instanceId && (c.status === 'Connecting' || c.status === 'Connected')).length;
    }
    return count;
  }

  /** EndTerminalSession: the URL dies and every channel of the session is closed. */
  end(session: SessionRecord): void {
    session.endedAt ??= this.#clock.now();
    for (const channel of this.#channels.values()) if (channel.session === session) channel.close('Notified');
  }

  /** Checks a WebSocket upgrade; undefined when it may proceed. */
  refusal(sessionId: string, token: string, channelId: string | undefined): Refusal | undefined {
    const session = this.#sessions.get(sessionId);
    if (!session || session.token !== token) return { httpStatus: 401, message: 'The session or its token is not valid.' };
    if (session.endedAt !== undefined) return { httpStatus: 410, message: 'The session has been ended.' };
    if (session.expiresAt <= this.#clock.now()) return { httpStatus: 401, message: 'The session URL has expired.' };
    if (channelId !== undefined) {
      // What the real gateway does for an unknown channel is [UNK] (session-protocol-1.02.md §6); a 404 tells
      // the client plainly that the shell is gone and a fresh StartTerminalSession is needed.
      return this.#channels.get(channelId)?.session === session ? undefined : { httpStatus: 404, message: 'The channel does not exist or can no longer be resumed.' };
    }
    const instanceId = session.instanceIds[0] ?? '';
    if (this.connectedTo(instanceId) >= this.#settings.maxConnectedPerInstance) {
      return { httpStatus: 429, message: 'The number of connected sessions of the instance exceeds the upper limit.' };
    }
    return undefined;
  }

  /** A socket on a checked URL: a new channel, or a 1.02 re-attach to `channelId`. */
  attach(sessionId: string, transport: SocketTransport, channelId: string | undefined): SessionSocket {
    const session = this.#sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    const existing = channelId === undefined ? undefined : this.#channels.get(channelId);
    const channel = existing?.session === session ? existing : this.#newChannel(session);
    if (existing) clearTimeout(this.#forget.get(existing));
    const socket: SessionSocket = new SessionSocket({
      channel,
      transport,
      settings: () => this.#settings,
      clock: this.#clock,
      resuming: existing?.session === session,
      startBackend: () => channel.start(() => this.#open(session)),
      onClosed: (resumable) => {
        this.#sockets.delete(socket);
        if (!resumable) channel.close('Exit');
        this.#forgetLater(channel, resumable ? this.#settings.resumeWindowMs : 0);
      },
    });
    this.#sockets.set(socket, session);
    return socket;
  }

  fault(fault: SessionFault): number {
    if (fault.action === 'expire-tokens') {
      const hit = [...this.#sessions.values()].filter((s) => fault.sessionId === undefined || s.sessionId === fault.sessionId);
      for (const s of hit) s.expiresAt = Math.min(s.expiresAt, this.#clock.now());
      return hit.length;
    }
    const sockets = [...this.#sockets].filter(([, s]) => fault.sessionId === undefined || s.sessionId === fault.sessionId).map(([k]) => k);
    for (const socket of sockets) {
      if (fault.action === 'drop') socket.drop();
      else if (fault.action === 'close') socket.closeWith(fault.code);
      else if (fault.action === 'freeze' || fault.action === 'thaw') socket.freeze(fault.action === 'freeze');
      else socket.loseNextOutput();
    }
    return sockets.length;
  }

  /** Kills every shell and TCP relay and waits for the PTYs to go. */
  async close(): Promise<void> {
    this.#closing = true;
    for (const timer of this.#forget.values()) clearTimeout(timer);
    for (const channel of this.#channels.values()) channel.close('Notified');
    this.#channels.clear();
    await this.#ptys.closeAll();
  }

  #newChannel(session: SessionRecord): Channel {
    const connection: ConnectionRecord = { instanceId: session.instanceIds[0] ?? '', status: 'Connecting', startTime: this.#clock.now() };
    session.connections.push(connection);
    const channel: Channel = new Channel({
      id: `c-${randomBytes(8).toString('hex')}`,
      session,
      connection,
      mode: isPortForwarding(session) ? 'port' : 'shell',
      now: () => this.#clock.now(),
      onEnd: () => cap.cancel(),
    });
    // The newer agent's result code for its hard cap; the CLI prints unknown codes as they are.
    const cap = this.#clock.setTimeout(() => channel.close('SessionTimeout'), this.#settings.maxSessionMs);
    this.#channels.set(channel.id, channel);
    return channel;
  }

  #open(session: SessionRecord): Promise<ChannelBackend> {
    if (this.#closing) return Promise.reject(new Error('localcloud is shutting down'));
    const spec = this.#instances.get(session.instanceIds[0] ?? '')?.spec;
    if (!spec) return Promise.reject(new Error('the instance no longer exists'));
    if (session.portNumber !== undefined) return openPort(spec, session.portNumber, session.targetServer);
    return startShell(this.#ptys, {
      root: this.#root,
      spec,
      username: session.username,
      ...(session.commandLine === undefined ? {} : { commandLine: session.commandLine }),
    });
  }

  /** A channel no socket can come back to any more is dropped (after the resume window for a 1.02 drop). */
  #forgetLater(channel: Channel, ms: number): void {
    clearTimeout(this.#forget.get(channel));
    const timer = setTimeout(() => {
      this.#forget.delete(channel);
      channel.close('Exit');
      this.#channels.delete(channel.id);
    }, ms);
    timer.unref();
    this.#forget.set(channel, timer);
  }
}
