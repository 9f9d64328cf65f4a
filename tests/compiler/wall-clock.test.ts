import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatWallClock,
  parseWallClock,
  wallClockAt,
  wallClockToIso,
  type WallClock,
} from '../../src/compiler/wall-clock.ts';

const clock = (text: string): WallClock => {
  const parsed = parseWallClock(text);
  if (parsed === null) throw new Error(`not a date: ${text}`);
  return parsed;
};

describe('wall-clock time to ISO instant', () => {
  it.each([
    ['2018-01-30 15:10:27', 'America/Los_Angeles', '2018-01-30T15:10:27-08:00'],
    ['2018-07-30 15:10:27', 'America/Los_Angeles', '2018-07-30T15:10:27-07:00'],
    ['2018-01-30 15:10:27', 'UTC', '2018-01-30T15:10:27+00:00'],
    ['2018-01-30 15:10:27', 'Asia/Kolkata', '2018-01-30T15:10:27+05:30'],
    ['2018-03-25 02:30:00', 'Europe/Berlin', '2018-03-25T03:30:00+02:00'], // skipped hour
    ['2018-10-28 02:30:00', 'Europe/Berlin', '2018-10-28T02:30:00+02:00'], // repeated hour: first
    ['2018-10-28 03:30:00', 'Europe/Berlin', '2018-10-28T03:30:00+01:00'],
    ['2016-02-29 00:00:00', 'Pacific/Auckland', '2016-02-29T00:00:00+13:00'],
  ])('%s in %s is %s', (text, zone, iso) => {
    expect(wallClockToIso(clock(text), zone)).toBe(iso);
  });

  it('rejects dates that do not exist', () => {
    for (const text of [
      '2018-13-45 10:00:00',
      '2018-02-29 10:00:00',
      '2018-01-01 24:00:00',
      '2018-1-1',
    ]) {
      expect(parseWallClock(text)).toBeNull();
    }
  });

  it('gives back the same wall-clock time in any zone, outside DST changes', () => {
    const zones = ['UTC', 'America/New_York', 'Europe/Paris', 'Australia/Sydney', 'Asia/Tokyo'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (date, zone) => {
          const text = date.toISOString().slice(0, 19).replace('T', ' ');
          const iso = wallClockToIso(clock(text), zone);
          // Only a time in a DST gap moves; everything else keeps its wall-clock reading.
          const instant = Date.parse(iso);
          expect(Number.isNaN(instant)).toBe(false);
          if (iso.slice(0, 19) !== text.replace(' ', 'T')) {
            expect(instant - Date.parse(`${text.replace(' ', 'T')}Z`)).not.toBe(0);
          }
        },
      ),
    );
  });
});

describe('instant to wall-clock time', () => {
  it.each([
    ['2018-01-30T23:10:27Z', 'America/Los_Angeles', '2018-01-30 15:10:27'],
    ['2018-01-30T23:10:27Z', 'Asia/Kolkata', '2018-01-31 04:40:27'],
    ['2026-11-26T00:05:09Z', 'UTC', '2026-11-26 00:05:09'],
    ['0099-03-04T05:06:07Z', 'UTC', '0099-03-04 05:06:07'],
  ])('%s in %s reads %s', (instant, zone, text) => {
    expect(formatWallClock(wallClockAt(Date.parse(instant), zone))).toBe(text);
  });

  it('is what wallClockToIso turns back into the same instant, outside repeated hours', () => {
    const zones = ['UTC', 'America/New_York', 'Europe/Paris', 'Australia/Sydney', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (date, zone) => {
          const second = Math.floor(date.getTime() / 1000) * 1000;
          const text = formatWallClock(wallClockAt(second, zone));
          const back = Date.parse(wallClockToIso(clock(text), zone));
          // A repeated hour (clocks going back) reads as its first occurrence.
          const repeated = back < second && second - back <= 3_600_000;
          expect(back === second || repeated).toBe(true);
        },
      ),
    );
  });
});
