import type { OldSite } from '../links/old-site.ts';

/**
 * What the body pipeline may know about the post beyond its text. Everything is optional:
 * a body renders alone, and each field only sharpens link rewriting and the health report.
 */
export interface BodyContext {
  /** The old site as the post's permalink names it; its host is "the old host". */
  oldSite?: OldSite;
  /** The new site's base path (`/` or `/blog/`): in-app links are written under it. */
  base?: string;
  /** In-app paths of every post in the export (`/blog/slug/`), when the caller has them. */
  knownPaths?: ReadonlySet<string>;
}
