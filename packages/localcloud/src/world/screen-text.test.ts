import { describe, expect, it } from 'vitest';
import { SCREEN_COLUMNS, SCREEN_ROWS, screenRows } from './screen-text.ts';

describe('screenRows', () => {
  it('keeps the last 25 rows, wrapping lines longer than 80 columns', () => {
    const text = [...Array.from({ length: 30 }, (_, i) => `line ${i}`), 'x'.repeat(SCREEN_COLUMNS + 5)].join('\n');
    const rows = screenRows(text);
    expect(rows).toHaveLength(SCREEN_ROWS);
    expect(rows.slice(-2)).toEqual(['x'.repeat(SCREEN_COLUMNS), 'xxxxx']);
    expect(rows[0]).toBe('line 7');
  });

  it('draws what a terminal would: no escape sequences, carriage returns overwrite, tabs expand', () => {
    expect(screenRows('\u001b[0;32m  OK  \u001b[0m done\nprogress 10%\rprogress 99%\na\tb')).toEqual([
      '  OK   done',
      'progress 99%',
      'a       b',
    ]);
  });
});
