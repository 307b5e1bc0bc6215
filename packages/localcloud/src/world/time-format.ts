/** The date formats the APIs use; they differ per field, see alibaba-api.md §5 trap 10. */

const iso = (ms: number): string => new Date(ms).toISOString();

/** Instance CreationTime/StartTime: `2017-12-10T04:04Z`. */
export const isoMinutes = (ms: number): string => `${iso(ms).slice(0, 16)}Z`;

/** `2024-01-02T03:04:05Z`. */
export const isoSeconds = (ms: number): string => `${iso(ms).slice(0, 19)}Z`;

/** Console output LastUpdateTime: `yyyy-MM-dd HH:mm:ss` in UTC+8, no zone. */
export const chinaLocal = (ms: number): string => iso(ms + 8 * 3_600_000).slice(0, 19).replace('T', ' ');
