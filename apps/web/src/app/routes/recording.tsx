import { useParams } from 'react-router';
import { RecordingView } from '../../features/recordings/components/recording-view.tsx';

export function RecordingRoute() {
  const { recordingId } = useParams();
  // The router renders this page only with the segment, so a missing one is a routing bug.
  if (!recordingId) throw new Error('route has no :recordingId segment');
  // Keyed: another recording gets a fresh player rather than one resuming the previous position.
  return <RecordingView key={recordingId} recordingId={recordingId} />;
}
