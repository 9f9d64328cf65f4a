import type { Post } from '../content/post-schema.ts';
import { absoluteUrl, siteHref } from '../content/site-url.ts';

/** A post ready for a host page, and the CSS that replaces its style attributes. */
export interface EmbedHtml {
  post: Post;
  css: string;
}

/**
 * Post HTML as an embed needs it. Parsed in a `<template>`, whose content is inert: nothing
 * loads or runs while it is rewritten.
 * - Post HTML links to other posts root-relative (`/base/blog/other/`, the base included),
 *   which on a host page would point at the host's own site: those, and any other relative
 *   URL, are resolved against the post's own URL, as in the feeds; `#section` links stay
 *   in-page.
 * - The sanitizer keeps `style` attributes on code-highlighting spans. A strict host CSP
 *   (no `'unsafe-inline'`) blocks style attributes, but not constructable stylesheets: each
 *   distinct style becomes a class, and its declarations (re-serialized by the CSS parser,
 *   so they cannot escape their rule) a rule in `css`.
 */
export function prepareHtml(post: Post, siteUrl: string, document: Document): EmbedHtml {
  const postUrl = siteHref(siteUrl, post.path);
  const classes = new Map<string, string>();
  const rules: string[] = [];
  const sections = post.sections.map((section) => {
    if (!/\s(?:href|src|style)=/i.test(section.html)) return section;
    const template = document.createElement('template');
    template.innerHTML = section.html;
    for (const element of template.content.querySelectorAll('[href], [src]')) {
      for (const name of ['href', 'src']) {
        const value = element.getAttribute(name);
        if (value === null || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
        const absolute = absoluteUrl(value, postUrl);
        if (absolute !== undefined) element.setAttribute(name, absolute);
      }
    }
    for (const element of template.content.querySelectorAll('[style]')) {
      const style = 'style' in element ? element.style : undefined;
      const declarations = style instanceof CSSStyleDeclaration ? style.cssText : '';
      element.removeAttribute('style');
      if (declarations === '') continue;
      let name = classes.get(declarations);
      if (name === undefined) {
        name = `folio-style-${classes.size}`;
        classes.set(declarations, name);
        rules.push(`.${name} { ${declarations} }`);
      }
      element.classList.add(name);
    }
    return { ...section, html: template.innerHTML };
  });
  return { post: { ...post, sections }, css: rules.join('\n') };
}
