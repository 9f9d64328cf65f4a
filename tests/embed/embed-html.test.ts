import { expect, test } from 'vitest';
import { prepareHtml } from '../../src/embed/embed-html.ts';
import { offsetZone } from '../../src/embed/remote-site.ts';
import { shadowCss } from '../../src/embed/embed-styles.ts';
import { makePost } from '../app/fixtures.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

const SITE = 'https://x.com/base/';

function section(html: string) {
  return makePost({
    path: normalizePostPath('/blog/a/'),
    sections: [{ id: '', title: '', level: 0, html }],
  });
}

test('site paths and relative URLs become absolute on the post site; #links stay', () => {
  // The compiler writes links to other posts under the site's base (`/base/blog/b/`).
  const { post } = prepareHtml(
    section(
      '<p><a href="/base/blog/b/#part">other post</a> <a href="#here">here</a> ' +
        '<a href="https://elsewhere.org/">out</a> <img src="pic.png" alt=""></p>',
    ),
    SITE,
    document,
  );
  const html = post.sections[0]?.html ?? '';
  expect(html).toContain('href="https://x.com/base/blog/b/#part"');
  expect(html).toContain('href="#here"');
  expect(html).toContain('href="https://elsewhere.org/"');
  expect(html).toContain('src="https://x.com/base/blog/a/pic.png"');
});

test('style attributes become classes with rules a strict CSP allows', () => {
  const { post, css } = prepareHtml(
    section(
      '<pre><code><span style="color:#D73A49">if</span> <span style="color: #D73A49">x</span>' +
        '<span style="color:#6F42C1">y</span></code></pre>',
    ),
    SITE,
    document,
  );
  const html = post.sections[0]?.html ?? '';
  expect(html).not.toContain('style=');
  expect(html.match(/class="folio-style-0"/g)).toHaveLength(2);
  expect(html).toContain('class="folio-style-1"');
  expect(css).toBe(
    '.folio-style-0 { color: rgb(215, 58, 73); }\n.folio-style-1 { color: rgb(111, 66, 193); }',
  );
});

test('a style cannot break out of its rule', () => {
  const { css } = prepareHtml(
    section('<span style="color: red} * {display: none">x</span>'),
    SITE,
    document,
  );
  expect(css).not.toContain('display');
});

test("a post date's UTC offset is the site's time zone of that day", () => {
  expect(offsetZone('2018-01-30T15:10:27-08:00')).toBe('Etc/GMT+8');
  expect(offsetZone('2018-06-30T15:10:27+02:00')).toBe('Etc/GMT-2');
  expect(offsetZone('2018-06-30T15:10:27+00:00')).toBe('UTC');
  expect(offsetZone('2018-06-30T15:10:27+05:30')).toBeNull();
});

test('the app stylesheets are scoped to the shadow root', () => {
  expect(shadowCss(':root { --a: 1 } .x { margin: 1.5rem 0 .25rem; width: 10px }')).toBe(
    ':host { --a: 1 } .x { margin: calc(1.5 * var(--folio-font-size)) 0 calc(.25 * var(--folio-font-size)); width: 10px }',
  );
});
