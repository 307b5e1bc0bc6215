import { shareRepository } from '@porthole/storage';
import type { FastifyInstance } from 'fastify';
import readRecordings from './read-recordings.ts';
import shareRecording from './share-recording.ts';

/** Terminal session recordings (written by recordings/ recorders): listing, reading, the .cast file, sharing. */
export default async function recordingsRoutes(app: FastifyInstance): Promise<void> {
  await app.register(readRecordings);
  await app.register(shareRecording, { shares: shareRepository(app.storage.db) });
}
