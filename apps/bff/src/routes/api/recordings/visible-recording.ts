import type { Recording } from '@porthole/storage';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors/error-catalogue.ts';

/**
 * The recording, when the caller may see it: its session's user, or an admin. Anyone else gets the
 * answer an unknown id gets, so ids cannot be probed for other people's sessions.
 */
export async function findVisibleRecording(app: FastifyInstance, request: FastifyRequest, recordingId: string): Promise<Recording> {
  const { user } = request;
  if (user === null) throw new ApiError('UNAUTHENTICATED');
  const recording = await app.recordings.repository.findById(recordingId);
  if (!recording || (recording.userId !== user.id && user.role !== 'admin')) throw new ApiError('NOT_FOUND', 'No such recording.');
  return recording;
}
