import { Readable } from 'node:stream';
import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { ASCIICAST_CONTENT_TYPE } from '../../../recordings/asciicast.ts';
import { toRecordingSummary } from '../../../recordings/recording-summary.ts';
import { contractRoute } from '../../contract-route.ts';
import { findVisibleRecording } from './visible-recording.ts';

// The list has no paging in the contract: the newest are what people look at.
const LIST_LIMIT = 200;

const readRecordings: FastifyPluginAsyncTypebox = async (app) => {
  const { repository } = app.recordings;

  app.route({
    ...contractRoute(routes.recordings),
    handler: async (request) => {
      const { user } = request;
      if (user === null) throw new ApiError('UNAUTHENTICATED');
      if (request.query.all === true && user.role !== 'admin') throw new ApiError('FORBIDDEN', 'Only admins may list every user\'s recordings.');
      const found = request.query.all === true ? await repository.listAll(LIST_LIMIT) : await repository.listByUser(user.id, LIST_LIMIT);
      return { items: found.map(toRecordingSummary) };
    },
  });

  app.route({
    ...contractRoute(routes.recording),
    handler: async (request) => toRecordingSummary(await findVisibleRecording(app, request, request.params.recordingId)),
  });

  app.route({
    ...contractRoute(routes.recordingCast),
    handler: async (request, reply) => {
      const recording = await findVisibleRecording(app, request, request.params.recordingId);
      // Streamed chunk by chunk: a long recording is never all in the BFF's memory. A recording still
      // going on reads as far as it is stored, which a player replays as it would a finished one.
      return reply
        .type(`${ASCIICAST_CONTENT_TYPE}; charset=utf-8`)
        .header('content-disposition', `attachment; filename="${recording.id}.cast"`)
        // The contract types the body as the text it becomes; Fastify pipes the stream out as it reads.
        .send(Readable.from(repository.chunks(recording.id)) as unknown as string);
    },
  });
};

export default readRecordings;
