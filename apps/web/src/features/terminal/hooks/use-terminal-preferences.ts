import { useCallback, useState } from 'react';

const fontSizeKey = 'porthole.terminal.fontSize';
const gpuKey = 'porthole.terminal.gpu';

export const DEFAULT_FONT_SIZE = 14;
export const MIN_FONT_SIZE = 9;
export const MAX_FONT_SIZE = 28;

function readFontSize(): number {
  const saved = Number(localStorage.getItem(fontSizeKey));
  return Number.isInteger(saved) && saved >= MIN_FONT_SIZE && saved <= MAX_FONT_SIZE ? saved : DEFAULT_FONT_SIZE;
}

/** Font size and renderer, remembered per browser; GPU rendering is on unless switched off. */
export function useTerminalPreferences() {
  const [fontSize, setFontSizeState] = useState(readFontSize);
  const [gpu, setGpuState] = useState(() => localStorage.getItem(gpuKey) !== 'false');

  const changeFontSize = useCallback((step: number) => {
    setFontSizeState((current) => {
      const next = Math.min(MAX_FONT_SIZE, Math.max(MIN_FONT_SIZE, current + step));
      localStorage.setItem(fontSizeKey, String(next));
      return next;
    });
  }, []);

  const setGpu = useCallback((on: boolean) => {
    localStorage.setItem(gpuKey, String(on));
    setGpuState(on);
  }, []);

  return { fontSize, gpu, changeFontSize, setGpu };
}
