import { useMutation } from '@tanstack/react-query';
import { routes, type ShareRecordingBody } from '@porthole/contract';
import { apiRequest } from '../../../lib/http-client.ts';

export interface ShareRecordingInput {
  recordingId: string;
  body: ShareRecordingBody;
}

/** Turns the recording's output into a shared log view (redacted by the BFF like console output). */
export function shareRecording({ recordingId, body }: ShareRecordingInput) {
  return apiRequest(routes.shareRecording, { params: { recordingId }, body });
}

export function useShareRecording() {
  return useMutation({ mutationFn: shareRecording });
}
