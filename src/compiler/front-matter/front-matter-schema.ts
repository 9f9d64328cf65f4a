import * as v from 'valibot';
import { decodeText } from '../decode-text.ts';
import { parseWallClock } from '../wall-clock.ts';

/**
 * The one schema for a post's front matter. YAML is read with the failsafe schema, so every
 * scalar arrives as the exact string the author wrote (`post_date` is never turned into a UTC
 * Date, a title `1e3` stays `1e3`); this schema does every conversion. Unknown keys pass.
 */

const text = (field: string) =>
  v.pipe(v.string(`${field} must be text, not a list or a map`), v.transform(decodeText));

export const frontMatterSchema = v.object({
  ID: v.optional(
    v.pipe(
      v.string('ID must be a number'),
      v.trim(),
      v.regex(/^\d+$/, 'ID must be a whole number'),
      v.transform(Number),
    ),
  ),
  post_title: v.pipe(
    v.string('post_title must be text, not a list or a map'),
    v.transform(decodeText),
    v.nonEmpty('post_title is empty'),
  ),
  author: v.optional(text('author')),
  post_excerpt: v.optional(text('post_excerpt'), ''),
  layout: v.optional(v.string('layout must be text')),
  // Checked by permalink-policy.ts, which needs the file name and the site origin.
  permalink: v.optional(v.string('permalink must be text, not a list or a map')),
  published: v.optional(
    v.pipe(
      v.string('published must be true or false'),
      v.trim(),
      v.picklist(
        ['true', 'false', 'True', 'False', 'TRUE', 'FALSE'],
        'published must be true or false',
      ),
      v.transform((value) => value.toLowerCase() === 'true'),
    ),
    'true',
  ),
  // One problem per date: after the first failed step, the others would only repeat it.
  post_date: v.optional(
    v.config(
      v.pipe(
        v.string('post_date must be a date like 2018-01-30 15:10:27'),
        v.trim(),
        v.nonEmpty('post_date is empty'),
        v.regex(
          /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/,
          'post_date must look like 2018-01-30 15:10:27',
        ),
        v.check((value) => parseWallClock(value) !== null, 'post_date is not a real date and time'),
      ),
      { abortPipeEarly: true },
    ),
  ),
});

export type FrontMatter = v.InferOutput<typeof frontMatterSchema>;

/** A hint per field, shown after the message. */
export const fieldHints: Partial<Record<string, string>> = {
  post_title: "Write the title as text, e.g. post_title: 'My post'.",
  permalink: 'Use the full URL, e.g. permalink: https://example.com/blog/my-post/',
  author: 'Write the name as text, e.g. author: Jane Doe.',
  post_excerpt: 'Write the excerpt as text, or leave it empty.',
  post_date:
    'Write the site-local time as YYYY-MM-DD HH:MM:SS, e.g. post_date: 2018-01-30 15:10:27',
  published: 'Use published: true or published: false (false makes the post a draft).',
  ID: 'Use the WordPress post number, e.g. ID: 6088, or leave ID out.',
};
