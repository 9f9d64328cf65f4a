import type { YearMonth } from '../../content/data-paths.ts';

/**
 * Route parameters as the app accepts them: anything not written the one canonical way is a
 * 404, so each page has exactly one URL (`/page/02/` is not page 2).
 */

/** No parameter is page 1; otherwise a positive integer without leading zeros, else null. */
export function pageNumberOf(param: string | undefined): number | null {
  if (param === undefined) return 1;
  return /^[1-9][0-9]{0,8}$/.test(param) ? Number(param) : null;
}

/** `2018` and `01` → January 2018; null unless a 4-digit year and a 2-digit month 01–12. */
export function yearMonthOf(year: string | undefined, month: string | undefined): YearMonth | null {
  if (year === undefined || month === undefined) return null;
  if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) return null;
  return { year: Number(year), month: Number(month) };
}

/** An author slug as authorSlug writes it: no slash, dot-segment or percent-escape left. */
export function authorSlugOf(param: string | undefined): string | null {
  if (param === undefined || param === '' || /[/\\%?#]/.test(param)) return null;
  return param === '.' || param === '..' ? null : param;
}
