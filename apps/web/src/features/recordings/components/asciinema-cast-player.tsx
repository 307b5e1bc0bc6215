import { useEffect, useRef } from 'react';
import { create } from 'asciinema-player';
import 'asciinema-player/dist/bundle/asciinema-player.css';

export interface AsciinemaCastPlayerProps {
  /** The asciicast v2 text, already fetched with the session cookie. */
  cast: string;
  speed: number;
  /** Names the player's region. */
  label: string;
}

/** Pauses longer than this are shortened on replay: a shell left idle for minutes is not worth watching. */
const idleTimeLimitSeconds = 3;

/**
 * asciinema-player (its own progress bar seeks; space, arrows, `<` and `>` work when it has focus).
 * The player takes its speed only when created, so a new speed makes a new player that continues
 * from where the old one was, playing if it was playing. This module is loaded lazily: the player
 * and its terminal emulator are only needed on a recording's page.
 */
export default function AsciinemaCastPlayer({ cast, speed, label }: AsciinemaCastPlayerProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const resumeRef = useRef({ at: 0, playing: false });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const resume = resumeRef.current;
    const player = create({ data: cast }, host, {
      speed,
      startAt: resume.at,
      autoPlay: resume.playing,
      idleTimeLimit: idleTimeLimitSeconds,
      fit: 'width',
      terminalFontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    });
    let playing = resume.playing;
    let ended = false;
    player.addEventListener('play', () => {
      playing = true;
      ended = false;
    });
    player.addEventListener('pause', () => {
      playing = false;
    });
    player.addEventListener('ended', () => {
      playing = false;
      ended = true;
    });
    return () => {
      const at = player.getCurrentTime();
      // After the end, a new speed starts over rather than showing the last frame again.
      resumeRef.current = { at: ended || !Number.isFinite(at) ? 0 : at, playing };
      player.dispose();
    };
  }, [cast, speed]);

  return <div ref={hostRef} role="region" aria-label={label} />;
}
