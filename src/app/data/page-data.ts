import * as v from 'valibot';
import { PAGE_DATA_ID, pageDataSchema, type PageData } from '../../content/page-data.ts';

/**
 * The page data a prerendered page carries (src/content/page-data.ts), or null when there is
 * none (dev server) or it does not parse.
 */
export function readPageData(document: Document): PageData | null {
  const text = document.getElementById(PAGE_DATA_ID)?.textContent;
  if (text === undefined || text === null || text === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const result = v.safeParse(pageDataSchema, json);
  return result.success ? result.output : null;
}
