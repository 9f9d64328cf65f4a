import { compilePost } from '../../src/compiler/compile-post.ts';
import type { CompilerConfig } from '../../src/compiler/compiler-config.ts';
import { articleHtml } from '../../src/compiler/site/article-html.ts';

/** Where the post of `postWithBody` was published on the old site. */
const PERMALINK = 'https://old.example/blog/p/';
const CONFIG: CompilerConfig = { origin: 'https://new.example', timeZone: 'UTC' };

/**
 * `body` as the whole post file the build reads (a front matter, then the body), compiled by
 * compilePost as the build does it. Returns the post's JSON, its body as one HTML string
 * (article-html.ts) and its report; a post that does not compile fails the test.
 */
export async function postWithBody(body: string) {
  const text = `---\npost_title: A post\nauthor: Jane Doe\npermalink: ${PERMALINK}\npost_date: 2018-01-30 15:10:27\n---\n${body}`;
  const result = await compilePost({ file: 'posts/a-post.md', text }, CONFIG);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return { post: result.post, html: articleHtml(result.post), report: result.report };
}
