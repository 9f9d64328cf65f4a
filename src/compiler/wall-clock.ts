/**
 * WordPress stores `post_date` as the site's wall-clock time with no zone. These helpers turn
 * it into an instant with the site's offset, and an instant back into the wall-clock time
 * (for `npm run new`), using Intl only, so DST gaps and overlaps follow the same rules as
 * Temporal's "compatible" disambiguation. The one module that reads or writes wall clocks.
 */

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Parses `YYYY-MM-DD HH:MM:SS` (seconds or the whole time may be left out); null if not a real date. */
export function parseWallClock(text: string): WallClock | null {
  const match = WALL_CLOCK.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const clock = {
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: second ?? 0,
  };
  const check = new Date(asUtc(clock));
  const real =
    check.getUTCFullYear() === clock.year &&
    check.getUTCMonth() + 1 === clock.month &&
    check.getUTCDate() === clock.day &&
    clock.hour < 24 &&
    clock.minute < 60 &&
    clock.second < 60;
  return real ? clock : null;
}

function asUtc(c: WallClock): number {
  const date = new Date(0);
  // setUTCFullYear keeps years below 100 literal (Date.UTC would map 18 to 1918).
  date.setUTCFullYear(c.year, c.month - 1, c.day);
  date.setUTCHours(c.hour, c.minute, c.second, 0);
  return date.getTime();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for an unknown zone; callers turn that into a diagnostic. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time a clock in the zone showed at an instant (milliseconds since the epoch). */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    parts[part.type] = part.value;
  }
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's UTC offset in milliseconds at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  return asUtc(wallClockAt(instant, timeZone)) - Math.floor(instant / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD`: the day of a wall-clock time, as post files and dated permalinks name it. */
export function wallClockDay(clock: WallClock): string {
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** `YYYY-MM-DD HH:MM:SS`, as WordPress writes `post_date` (parseWallClock reads it back). */
export function formatWallClock(clock: WallClock): string {
  return `${wallClockDay(clock)} ${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`;
}

/** True when Intl knows the zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const DAY = 86_400_000;

/**
 * The instant of a wall-clock time in a zone, as ISO 8601 with offset:
 * `2018-01-30T15:10:27-08:00` (UTC is `+00:00`, so every date has the same shape). A time that occurs twice (clocks going back) is the first
 * one; a time skipped by a DST jump is moved forward by the length of the jump.
 */
export function wallClockToIso(clock: WallClock, timeZone: string): string {
  const local = asUtc(clock);
  const before = offsetAt(local - DAY, timeZone);
  const after = offsetAt(local + DAY, timeZone);
  // The same offset a day either side: no transition in between (zones never change twice in
  // two days), so the time is unambiguous. Nearly every post; saves two Intl calls each.
  if (before === after) return formatIso(local - before, before);
  const candidates = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((instant) => local - instant === offsetAt(instant, timeZone))
    .sort((a, b) => a - b);
  const instant = candidates[0] ?? local - before;
  return formatIso(instant, offsetAt(instant, timeZone));
}

function formatIso(instant: number, offset: number): string {
  const wall = new Date(instant + offset).toISOString().slice(0, 19);
  const minutes = Math.abs(Math.round(offset / 60_000));
  const sign = offset < 0 ? '-' : '+';
  return `${wall}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
