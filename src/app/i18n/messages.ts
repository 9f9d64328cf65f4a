import type { LocaleTools } from './locale-tools.ts';

/**
 * Every string of Folio's interface, in one place. `englishMessages` is the reference
 * catalog: other languages (catalogs.ts) translate some or all of it, and whatever they leave
 * out falls back to English. Sentences with a number or a name are functions, so each
 * language can order the words and pick plural forms (LocaleTools) its own way.
 *
 * Dates are not here: they go through Intl.DateTimeFormat with the site's locale
 * (format-date.ts).
 */
export interface Messages {
  // Site frame.
  skipToContent: string;
  allPosts: string;
  /** The label of the page landmark around the footer links. */
  footerNavigation: string;
  // Theme switcher.
  theme: string;
  themeLight: string;
  themeDark: string;
  themeSystem: string;
  // Loading and errors.
  loading: string;
  loadingPage: string;
  couldNotLoadPage: string;
  tryAgain: string;
  tryingAgain: string;
  unexpectedError: string;
  // Articles.
  contents: string;
  readingProgress: string;
  linkToSection: (sectionTitle: string) => string;
  linkCopied: string;
  draft: string;
  scheduled: string;
  byAuthor: (author: string) => string;
  /** Printed under the byline of every page (print.css): its public address. */
  printedPermalink: (url: string) => string;
  readingTime: (minutes: number) => string;
  /** The label of the landmark around the previous and next post links. */
  adjacentPosts: string;
  previousPost: string;
  nextPost: string;
  relatedPosts: string;
  // Index pages.
  posts: string;
  postsPage: (page: number) => string;
  noPostsYet: string;
  pagination: string;
  newerPosts: string;
  olderPosts: string;
  pageOfPages: (page: number, pageCount: number) => string;
  /** A numbered page link's name, and the title of later index pages ("Page 2 — Site"). */
  pageNumber: (page: number) => string;
  /** The meta description of the index. */
  indexDescription: (siteTitle: string, page: number) => string;
  // Author and month pages, the archive.
  postsBy: (author: string) => string;
  /** `month` is already written in the site's locale ("January 2018"). */
  postsFromMonth: (month: string) => string;
  postCount: (count: number) => string;
  /** "13 posts, page 2 of 3": the summary above later pages of a list. */
  postCountOnPage: (count: number, page: number, pageCount: number) => string;
  /** A list's heading on its later pages, in the document title ("Posts by Ada, page 2"). */
  headingWithPage: (heading: string, page: number) => string;
  archive: string;
  archiveDescription: (siteTitle: string) => string;
  // 404 and the iframe embed.
  pageNotFound: string;
  nothingAtPath: (path: string) => string;
  goToHomePage: string;
  readOnSite: (siteTitle: string) => string;
  didYouMean: string;
  /** The label of the 404 page's search form. */
  searchForMissingPage: string;
  // Search.
  /** The verb: the search button and the header box's placeholder. */
  search: string;
  /** The noun: the search page's heading and document title. */
  searchPage: string;
  searchPageTitle: (query: string) => string;
  /** The label of every search box. */
  searchPosts: string;
  /** The label of the header's search landmark. */
  siteSearch: string;
  searchHint: string;
  searchResults: string;
  loadingSearchIndex: string;
  searchUnavailable: (reason: string) => string;
  /** Offline, for a query whose index pieces were not loaded before. */
  searchOffline: string;
  noSearchResults: (query: string) => string;
  searchResultCount: (count: number, query: string) => string;
  seeAllResults: (count: number) => string;
  /** The search page's button that shows the next results; `count` are not shown yet. */
  moreSearchResults: (count: number) => string;
  // Dev preview tools (never in a production build, but authors read them).
  problemsInPosts: (count: number) => string;
  hide: string;
  lastGoodVersionShown: string;
  importReportClean: (mode: string) => string;
  importReportNotes: (count: number, mode: string) => string;
  shownAsWritten: string;
}

export function englishMessages(t: LocaleTools): Messages {
  return {
    skipToContent: 'Skip to content',
    allPosts: 'All posts',
    footerNavigation: 'Site',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeSystem: 'System',
    loading: 'Loading…',
    loadingPage: 'Loading page…',
    couldNotLoadPage: 'Could not load this page',
    tryAgain: 'Try again',
    tryingAgain: 'Trying again…',
    unexpectedError: 'An unexpected error occurred.',
    contents: 'Contents',
    readingProgress: 'Reading progress',
    linkToSection: (sectionTitle) => `Link to section “${sectionTitle}”`,
    linkCopied: 'Link copied',
    draft: 'Draft',
    scheduled: 'Scheduled',
    byAuthor: (author) => `By ${author}`,
    printedPermalink: (url) => `Permalink: ${url}`,
    readingTime: (minutes) => `${t.number(minutes)} min read`,
    adjacentPosts: 'Previous and next posts',
    previousPost: 'Previous post',
    nextPost: 'Next post',
    relatedPosts: 'Related posts',
    posts: 'Posts',
    postsPage: (page) => `Posts, page ${t.number(page)}`,
    noPostsYet: 'No posts yet.',
    pagination: 'Pagination',
    newerPosts: 'Newer posts',
    olderPosts: 'Older posts',
    pageOfPages: (page, pageCount) => `Page ${t.number(page)} of ${t.number(pageCount)}`,
    pageNumber: (page) => `Page ${t.number(page)}`,
    indexDescription: (siteTitle, page) =>
      page > 1 ? `Posts from ${siteTitle}, page ${t.number(page)}.` : `Posts from ${siteTitle}.`,
    postsBy: (author) => `Posts by ${author}`,
    postsFromMonth: (month) => `Posts from ${month}`,
    postCount: (count) => t.plural(count, { one: '# post', other: '# posts' }),
    postCountOnPage: (count, page, pageCount) =>
      t.plural(count, { one: '# post', other: '# posts' }) +
      `, page ${t.number(page)} of ${t.number(pageCount)}`,
    headingWithPage: (heading, page) => `${heading}, page ${t.number(page)}`,
    archive: 'Archive',
    archiveDescription: (siteTitle) => `Every month of ${siteTitle}, with its posts.`,
    pageNotFound: 'Page not found',
    nothingAtPath: (path) =>
      `There is nothing at ${path}. It may have moved, or the link may be mistyped.`,
    goToHomePage: 'Go to the home page',
    readOnSite: (siteTitle) => `Read on ${siteTitle}`,
    didYouMean: 'Did you mean',
    searchForMissingPage: 'Search for the missing page',
    search: 'Search',
    searchPage: 'Search',
    searchPageTitle: (query) => (query === '' ? 'Search' : `Search: ${query}`),
    searchPosts: 'Search posts',
    siteSearch: 'Site search',
    searchHint: 'Results appear as you type. Press / to come back to this box, Escape to clear it.',
    searchResults: 'Search results',
    loadingSearchIndex: 'Loading the search index…',
    searchUnavailable: (reason) => `Search is unavailable: ${reason}`,
    searchOffline: 'You are offline. These words will be searched once you are back online.',
    noSearchResults: (query) => `No posts match “${query}”.`,
    // The query goes after the plural form: a `#` typed in it must stay a `#`.
    searchResultCount: (count, query) =>
      t.plural(count, { one: '# post matches', other: '# posts match' }) + ` “${query}”.`,
    seeAllResults: (count) => t.plural(count, { one: 'See # result', other: 'See all # results' }),
    moreSearchResults: (count) =>
      t.plural(count, { one: 'Show # more result', other: 'Show more results (# left)' }),
    problemsInPosts: (count) =>
      t.plural(count, { one: '# problem in your posts', other: '# problems in your posts' }),
    hide: 'Hide',
    lastGoodVersionShown:
      'The last good version of each post is still shown. Save a fix and this goes away.',
    importReportClean: (mode) => `Import report: nothing to fix (${mode})`,
    importReportNotes: (count, mode) =>
      t.plural(count, { one: 'Import report: # note', other: 'Import report: # notes' }) +
      ` (${mode})`,
    shownAsWritten: 'Folio showed this post as written.',
  };
}
