import { basename } from 'node:path/posix';
import type { Diagnostic } from './diagnostic.ts';
import { isValidTimeZone, parseWallClock, wallClockToIso } from './wall-clock.ts';

export type PostDateResult =
  { ok: true; iso: string; warning?: Diagnostic } | { ok: false; error: Diagnostic };

/**
 * The post's instant from its (already validated) `post_date` in the site's zone. A post
 * written by hand may lack post_date: the `YYYY-MM-DD-` file-name prefix then stands in for
 * it at midnight, with a warning; without either the post cannot be placed in time.
 */
export function resolvePostDate(
  file: string,
  postDate: string | undefined,
  line: number,
  timeZone: string,
): PostDateResult {
  if (!isValidTimeZone(timeZone)) {
    return {
      ok: false,
      error: {
        file,
        line,
        field: 'post_date',
        message: `The configured time zone "${timeZone}" is unknown`,
        hint: 'Set timeZone to an IANA zone such as "UTC" or "America/Los_Angeles".',
        severity: 'error',
      },
    };
  }
  const fromName = /^(\d{4}-\d{2}-\d{2})-/.exec(basename(file.replaceAll('\\', '/')))?.[1];
  const clock = parseWallClock(postDate ?? fromName ?? '');
  if (clock === null) {
    return {
      ok: false,
      error: {
        file,
        line,
        field: 'post_date',
        message: 'post_date is missing',
        hint: 'Add the site-local publication time, e.g. post_date: 2018-01-30 15:10:27',
        severity: 'error',
      },
    };
  }
  const iso = wallClockToIso(clock, timeZone);
  if (postDate !== undefined) return { ok: true, iso };
  return {
    ok: true,
    iso,
    warning: {
      file,
      line,
      field: 'post_date',
      message: 'post_date is missing; the date in the file name is used',
      hint: 'Add e.g. post_date: 2018-01-30 15:10:27',
      severity: 'warning',
    },
  };
}
