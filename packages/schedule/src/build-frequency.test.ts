import { describe, expect, it } from 'vitest';
import { buildFrequency } from './build-frequency.ts';
import { parseFrequency } from './parse-frequency.ts';

describe('buildFrequency', () => {
  it.each([
    [{ kind: 'rate', every: 5, unit: 'm' } as const, 'rate(5m)'],
    [{ kind: 'rate', every: 7, unit: 'd' } as const, 'rate(7d)'],
    [{ kind: 'at', local: '2022-06-06 13:15:30', timeZone: 'Asia/Shanghai' } as const, 'at(2022-06-06 13:15:30 Asia/Shanghai)'],
    [{ kind: 'at', local: '2022-06-06 13:15:30', timeZone: 'GMT-7:00' } as const, 'at(2022-06-06 13:15:30 GMT-7:00)'],
    [{ kind: 'at', local: '2022-06-06 13:15:30', timeZone: '' } as const, 'at(2022-06-06 13:15:30)'],
    [{ kind: 'cron', expression: ' 0 15 10 ?  * * 2022 ', timeZone: 'Asia/Shanghai' } as const, '0 15 10 ? * * 2022 Asia/Shanghai'],
    [{ kind: 'cron', expression: '0 */20 * * * ?' } as const, '0 */20 * * * ?'],
  ])('builds %j as %s, which parses back', (choice, text) => {
    expect(buildFrequency(choice)).toBe(text);
    expect(parseFrequency(text)).toMatchObject({ ok: true, frequency: { kind: choice.kind, text } });
  });
});
