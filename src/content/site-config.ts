/**
 * What the browser needs to know about the site. The Vite plugin derives it from the
 * plugin options and hands it to the app as the `virtual:folio/site` module.
 */
export interface SiteConfig {
  /** Shown in the header and in `<title>`. */
  title: string;
  /** Public origin of the site, e.g. `https://blog.example.com` (no trailing slash). */
  origin: string;
  /** Public base path with leading and trailing slash, e.g. `/` or `/blog/`. */
  base: string;
  /** IANA time zone the WordPress site used for `post_date`; dates are shown in it. */
  timeZone: string;
  /** BCP 47 locale for dates and numbers. */
  locale: string;
  /** Posts per index page. */
  pageSize: number;
}
