import { createCanvas } from '@napi-rs/canvas';
import { SCREEN_COLUMNS, SCREEN_ROWS } from './screen-text.ts';

/** A 9x16 character cell, as the VGA text mode draws it: 80x25 cells make the classic 720x400 screen. */
const CELL_WIDTH = 9;
const CELL_HEIGHT = 16;
export const SCREEN_WIDTH = SCREEN_COLUMNS * CELL_WIDTH;
export const SCREEN_HEIGHT = SCREEN_ROWS * CELL_HEIGHT;

export interface ScreenColours {
  readonly background: string;
  readonly foreground: string;
}

/** Light grey on black, the BIOS and Linux console default. */
export const CONSOLE_COLOURS: ScreenColours = { background: '#000000', foreground: '#aaaaaa' };

/**
 * A JPEG of `rows` as the display shows them. Each character is placed in its own cell, so the grid
 * stays exact whatever the font's advance; DejaVu Sans Mono (Debian's fonts-dejavu-core) is preferred,
 * any monospace font the system has is the fallback.
 */
export function renderScreen(rows: readonly string[], colours: ScreenColours = CONSOLE_COLOURS): Buffer {
  const canvas = createCanvas(SCREEN_WIDTH, SCREEN_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, SCREEN_WIDTH, SCREEN_HEIGHT);
  ctx.fillStyle = colours.foreground;
  ctx.font = '14px "DejaVu Sans Mono", monospace';
  ctx.textBaseline = 'middle';
  rows.slice(0, SCREEN_ROWS).forEach((row, y) => {
    [...row].slice(0, SCREEN_COLUMNS).forEach((char, x) => {
      if (char !== ' ') ctx.fillText(char, x * CELL_WIDTH, y * CELL_HEIGHT + CELL_HEIGHT / 2, CELL_WIDTH);
    });
  });
  return canvas.toBuffer('image/jpeg', 85);
}
