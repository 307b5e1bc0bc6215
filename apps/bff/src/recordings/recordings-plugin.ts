import { recordingRepository, type RecordingRepository } from '@porthole/storage';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Recorder } from './recorder.ts';

export interface Recordings {
  readonly repository: RecordingRepository;
  /** Whether recorders keep keystrokes too (PORTHOLE_RECORD_INPUT). */
  readonly recordInput: boolean;
  /** The recorders open in this process: closed (and so stored) before the database closes. */
  readonly open: Set<Recorder>;
}

declare module 'fastify' {
  interface FastifyInstance {
    recordings: Recordings;
  }
}

export interface RecordingsPluginOptions {
  /** Default false: keystrokes can hold passwords. */
  readonly recordInput?: boolean;
}

/** `app.recordings`: the recordings in the database and the recorders writing them (see createRecorder). */
async function recordingsPlugin(app: FastifyInstance, options: RecordingsPluginOptions): Promise<void> {
  const open = new Set<Recorder>();
  app.decorate('recordings', { repository: recordingRepository(app.storage.db), recordInput: options.recordInput ?? false, open });
  // Before onClose, where the database goes: what the sessions wrote last is stored, not lost.
  app.addHook('preClose', async () => {
    await Promise.all([...open].map((recorder) => recorder.close('the server stopped')));
  });
}

export default fp(recordingsPlugin, { name: 'recordings', dependencies: ['storage', 'auth'] });
