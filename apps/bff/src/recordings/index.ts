// Terminal session recordings: the relay makes a Recorder per session; the routes read them back.
export { createRecorder, DEFAULT_CHUNK_LIMITS, type Recorder, type RecorderOptions, type RecordingMeta } from './recorder.ts';
export { default as recordingsPlugin, type Recordings, type RecordingsPluginOptions } from './recordings-plugin.ts';
export { ASCIICAST_CONTENT_TYPE } from './asciicast.ts';
