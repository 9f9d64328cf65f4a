import type { YearMonth } from '../../content/data-paths.ts';
import type { PageAddress } from '../../content/page-kinds.ts';

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

type Params = Readonly<Record<string, string | undefined>>;

/** `/` or `/page/:page/`: which index page, or null for a 404. */
export function indexAddressOf(params: Params): PageAddress<'index'> | null {
  const page = pageNumberOf(params.page);
  return page === null ? null : { page };
}

/** `/author/:slug/[page/:page/]`: whose page and which, or null for a 404. */
export function authorAddressOf(params: Params): PageAddress<'author'> | null {
  const slug = authorSlugOf(params.slug);
  const page = pageNumberOf(params.page);
  return slug === null || page === null ? null : { slug, page };
}

/** `/archive/:year/:month/[page/:page/]`: which month and page, or null for a 404. */
export function archiveAddressOf(params: Params): PageAddress<'archive'> | null {
  const when = yearMonthOf(params.year, params.month);
  const page = pageNumberOf(params.page);
  return when === null || page === null ? null : { when, page };
}
