/** What the compiler needs to know about the site; the Vite plugin builds it from its options. */
export interface CompilerConfig {
  /**
   * The NEW site's origin, e.g. 'https://blog.example.com'. (The old site's origin is not
   * configured: each post's comes from its permalink.)
   */
  origin: string;
  /** IANA zone in which post_date is the WordPress site's wall-clock time, default 'UTC'. */
  timeZone: string;
  /** The new site's base path (`/` or `/blog/`): links to other posts are written under it. */
  base?: string;
}

export const defaultCompilerConfig: CompilerConfig = {
  origin: 'http://localhost',
  timeZone: 'UTC',
};
