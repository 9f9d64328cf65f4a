import type { Root } from 'hast';
import GithubSlugger from 'github-slugger';
import type { VFile } from 'vfile';
import { note } from '../report/body-report.ts';
import { bodyData } from './body-file.ts';
import { decodeFragment } from './rehype-clobber.ts';
import { forEachElement } from './for-each-element.ts';

/**
 * Every `#fragment` link must land somewhere. One that matches no id exactly is mended when
 * the target is unambiguous: the same id in another letter case, the id a heading got from
 * its text (links written as `#My Heading` or `#my-heading`), or the one id equal to it once
 * punctuation is ignored (`#admission-controllers` → kramdown's `admissioncontrollers`). `#`
 * and `#top` scroll to the top in every browser. What is left is reported as a broken anchor
 * and stops being a link (its text stays).
 */
export function rehypeInPageLinks() {
  return (tree: Root, file: VFile) => {
    const { report } = bodyData(file);
    const ids = new Set<string>();
    forEachElement(tree, (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    const byLowerCase = new Map<string, string>();
    for (const id of ids) byLowerCase.set(id.toLowerCase(), id);
    const bySquashed = new Map<string, string | null>();
    for (const id of ids) {
      const key = squash(id);
      bySquashed.set(key, bySquashed.has(key) ? null : id);
    }
    const slugger = new GithubSlugger();
    forEachElement(tree, (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      const fragment = decodeFragment(href.slice(1));
      if (fragment === '' || fragment.toLowerCase() === 'top' || ids.has(fragment)) return;
      slugger.reset();
      const slug = slugger.slug(fragment);
      const mended =
        byLowerCase.get(fragment.toLowerCase()) ??
        (ids.has(slug) ? slug : undefined) ??
        bySquashed.get(squash(fragment)) ??
        undefined;
      if (mended !== undefined) {
        node.properties.href = `#${mended}`;
        return;
      }
      // A link to nowhere would do nothing when clicked: its text stays, as plain text.
      delete node.properties.href;
      note(report, 'broken-anchor', href);
    });
  };
}

/** Letters and digits only, lower case: how hyphenless and hyphenated ids compare. */
function squash(id: string): string {
  return id.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
