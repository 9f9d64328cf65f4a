import { ARCHIVE_INDEX_PATH, archivePagePath, authorPagePath } from '../../content/data-paths.ts';
import type { ArchivePage, AuthorPage } from '../../content/post-schema.ts';
import { messagesFor } from '../i18n/catalogs.ts';
import { formatMonth } from '../views/format-month.ts';
import {
  described,
  feedLinks,
  openGraph,
  pageLinks,
  pageUrl,
  type HeadSite,
  type HeadTag,
} from './head-tags.ts';

/** An author's page: `Posts by Ada Lovelace — Site`, with its canonical URL and prev/next. */
export function authorHead(site: HeadSite, page: AuthorPage): HeadTag[] {
  return listingHead(site, {
    heading: messagesFor(site.locale).postsBy(page.author),
    page: page.page,
    pageCount: page.pageCount,
    pathOf: (n) => authorPagePath(page.slug, n),
  });
}

/** A month's page: `Posts from January 2018 — Site`. */
export function archiveHead(site: HeadSite, page: ArchivePage): HeadTag[] {
  return listingHead(site, {
    heading: messagesFor(site.locale).postsFromMonth(formatMonth(page, site)),
    page: page.page,
    pageCount: page.pageCount,
    pathOf: (n) => archivePagePath(page, n),
  });
}

/** The list of months. */
export function archiveIndexHead(site: HeadSite): HeadTag[] {
  const messages = messagesFor(site.locale);
  return listingHead(site, {
    heading: messages.archive,
    description: messages.archiveDescription(site.title),
    page: 1,
    pageCount: 1,
    pathOf: () => ARCHIVE_INDEX_PATH,
  });
}

function listingHead(
  site: HeadSite,
  list: {
    heading: string;
    description?: string;
    page: number;
    pageCount: number;
    pathOf: (page: number) => string;
  },
): HeadTag[] {
  const heading =
    list.page > 1
      ? messagesFor(site.locale).headingWithPage(list.heading, list.page)
      : list.heading;
  const title = `${heading} — ${site.title}`;
  const description = list.description ?? `${heading}.`;
  const url = pageUrl(site, list.pathOf(list.page));
  return [
    { kind: 'title', text: title },
    ...described(description),
    { kind: 'link', attributes: { rel: 'canonical', href: url } },
    ...pageLinks(site, list.page, list.pageCount, list.pathOf),
    ...openGraph(site, { type: 'website', title, description, url }),
    ...feedLinks(site),
  ];
}
