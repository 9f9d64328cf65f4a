/**
 * Site-wide files the build writes next to the pages, relative to the site base. The compiler
 * writes them and the app links to them (`<link rel="alternate">` in every page's head).
 */
export const RSS_FEED_FILE = 'feed.xml';
export const ATOM_FEED_FILE = 'atom.xml';
export const JSON_FEED_FILE = 'feed.json';
export const SITEMAP_FILE = 'sitemap.xml';

/** How many of the newest posts each feed carries, with their full text. */
export const FEED_SIZE = 20;
