import { describe, expect, it } from 'vitest';
import { parseFrequency } from './parse-frequency.ts';

function parsed(text: string) {
  const result = parseFrequency(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.reason}`);
  return result.frequency;
}

function reason(text: string): string {
  const result = parseFrequency(text);
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  return result.reason;
}

describe('parseFrequency: the documented examples', () => {
  it('reads rate(5m) as 300 seconds', () => {
    expect(parsed('rate(5m)')).toEqual({ kind: 'rate', intervalSeconds: 300, text: 'rate(5m)' });
  });

  it('reads at() in an IANA zone: Shanghai 13:15:30 is 05:15:30 UTC', () => {
    expect(parsed('at(2022-06-06 13:15:30 Asia/Shanghai)')).toEqual({
      kind: 'at', at: Date.parse('2022-06-06T05:15:30Z'), timeZone: 'Asia/Shanghai', text: 'at(2022-06-06 13:15:30 Asia/Shanghai)',
    });
  });

  it('reads at() with a GMT offset: GMT-7:00 13:15:30 is 20:15:30 UTC', () => {
    const frequency = parsed('at(2022-06-06 13:15:30 GMT-7:00)');
    expect(frequency).toMatchObject({ kind: 'at', at: Date.parse('2022-06-06T20:15:30Z'), timeZone: 'GMT-7:00' });
  });

  it('reads at() without a zone as UTC', () => {
    expect(parsed('at(2022-06-06 13:15:30)')).toMatchObject({ at: Date.parse('2022-06-06T13:15:30Z'), timeZone: 'UTC' });
  });

  it.each([
    ['0 15 10 ? * * 2022 Asia/Shanghai', '0 15 10 ? * * 2022', 'Asia/Shanghai'],
    ['0 0/30 10-11 * * ? 2022 GMT+8:00', '0 0/30 10-11 * * ? 2022', 'GMT+8:00'],
    ['0 0/5 14 * 10 ? 2022/2 UTC', '0 0/5 14 * 10 ? 2022/2', 'UTC'],
    ['0 */20 * * * ?', '0 */20 * * * ?', undefined],
    ['0 15 10 ? * MON-FRI Asia/Shanghai', '0 15 10 ? * MON-FRI', 'Asia/Shanghai'],
    ['0 15 10 L JAN ?', '0 15 10 L JAN ?', undefined],
    ['0 15 10 ? * 5#3 UTC', '0 15 10 ? * 5#3', 'UTC'],
  ])('reads the cron %s', (text, expression, timeZone) => {
    expect(parsed(text)).toEqual({ kind: 'cron', expression, timeZone, text });
  });

  it('normalises surrounding and repeated spaces in a cron', () => {
    expect(parsed('  0 0 12  * * ?  ').text).toBe('0 0 12 * * ?');
  });
});

describe('parseFrequency: refusals', () => {
  it.each([
    ['GMT+08:00 (leading zero on the hour)', 'at(2022-06-06 13:15:30 GMT+08:00)', /without a leading zero/],
    ['an unknown zone', '0 0 12 * * ? Mars/Olympus', /not a known IANA time zone/],
    ['an abbreviation other than UTC', 'at(2022-06-06 13:15:30 CST)', /only abbreviation accepted is UTC/],
    ['a zone in the wrong case', 'at(2022-06-06 13:15:30 asia/shanghai)', /case-sensitive: write Asia\/Shanghai/],
    ['an offset beyond +14:00', 'at(2022-06-06 13:15:30 GMT+15:00)', /outside GMT-12:00/],
    ['a 5-field cron', '*/5 * * * *', /6 or 7 fields/],
    ['5 fields before a zone', '0 12 * * ? UTC', /only 5 fields come before the time zone UTC/],
    ['5 fields before an IANA zone', '0 12 * * ? Asia/Shanghai', /only 5 fields come before the time zone Asia/],
    ['month 13', '0 0 12 ? 13 *', /month "13": values run from 1 to 12/],
    ['an unknown weekday name', '0 0 12 ? * FOO', /illegal characters/],
    ['an empty text', '  ', /empty/],
    ['an hour out of range', '0 0 25 * * ?', /hours "25": values run from 0 to 23/],
    ['? outside the day fields', '? 0 12 * * ?', /seconds/],
    ['both day fields set', '0 0 12 15 * MON', /cannot both be set/],
    ['weekday 0', '0 0 12 ? * 0', /1 to 7 \(1 = Monday, 7 = Sunday\)/],
    ['two leading zeros', '0 0 008 * * ?', /leading zero/],
    ['a year after 2099', '0 0 12 * * ? 2100', /values run from 1970 to 2099/],
    ['a rate without a unit', 'rate(5)', /rate\(5m\)/],
    ['a rate with a leading zero', 'rate(05m)', /leading zeros/],
    ['a rate in weeks', 'rate(1w)', /rate\(5m\)/],
    ['an impossible date', 'at(2022-02-30 13:15:30)', /not a valid date/],
    ['an hour 24', 'at(2022-02-03 24:00:00)', /not a valid date/],
    ['a T between date and time', 'at(2022-06-06T13:15:30)', /looks like at\(/],
  ])('refuses %s', (_case, text, expected) => {
    expect(reason(text)).toMatch(expected);
  });

  it('leaves the bounds to frequencyProblem: rate(30s) and rate(8d) parse', () => {
    expect(parsed('rate(30s)')).toMatchObject({ intervalSeconds: 30 });
    expect(parsed('rate(8d)')).toMatchObject({ intervalSeconds: 8 * 86400 });
  });
});
