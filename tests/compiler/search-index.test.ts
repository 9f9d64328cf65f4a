import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { postText } from '../../src/compiler/body/post-text.ts';
import {
  CHUNK_BYTES,
  SEARCH_PART_POSTS,
  searchEntry,
  searchManifestJson,
  searchParts,
  type SearchEntry,
} from '../../src/compiler/site/search-index.ts';
import { searchChunkFile } from '../../src/content/search-paths.ts';
import {
  searchChunkSchema,
  searchManifestSchema,
  SNIPPET_TEXT_LIMIT,
} from '../../src/content/search-schema.ts';
import { searchIndexFiles } from '../../src/builder/search-index-file.ts';
import { searchFiles } from '../search/search-lookup.ts';
import { normalizePostPath } from '../../src/content/post-path.ts';

type SearchablePost = Parameters<typeof searchEntry>[0];

/** The index of `posts`, their text computed as the compiler does, and a search over it. */
async function indexOf(posts: SearchablePost[]) {
  const files = await searchIndexFiles(posts.map(searchEntry));
  return { files, ...searchFiles(files) };
}

function post(overrides: Partial<SearchablePost> & { path: string }): SearchablePost {
  return {
    title: 'Untitled',
    author: 'Ada Lovelace',
    date: '2018-01-30T15:10:27+00:00',
    sections: [],
    ...overrides,
  };
}

const falco = post({
  path: normalizePostPath('/blog/falco-rules/'),
  title: 'Writing Falco rules',
  author: 'Loris Degioanni',
  sections: [
    { id: '', title: '', level: 0, html: '<p>Runtime security for <em>containers</em>.</p>' },
    {
      id: 'macros',
      title: 'Macros and lists',
      level: 2,
      html: '<p>A macro&nbsp;is a condition.</p><pre><code>spawned_process and shell</code></pre>',
    },
  ],
});
const sysdig = post({
  path: normalizePostPath('/blog/announcing-sysdig/'),
  title: 'Announcing Sysdig',
  sections: [{ id: '', title: '', level: 0, html: '<p>System-level exploration of Linux.</p>' }],
});

describe('the search index', () => {
  it('finds posts by words of their title, their body, their section titles and their author', async () => {
    const { find } = await indexOf([falco, sysdig]);
    expect(find('falco')).toEqual(['/blog/falco-rules/']);
    expect(find('containers')).toEqual(['/blog/falco-rules/']);
    expect(find('macros')).toEqual(['/blog/falco-rules/']);
    expect(find('spawned_process')).toEqual(['/blog/falco-rules/']);
    expect(find('exploration')).toEqual(['/blog/announcing-sysdig/']);
    expect(find('degioanni')).toEqual(['/blog/falco-rules/']);
    expect(find('kubernetes')).toEqual([]);
  });

  it('lists exactly the posts it is given: leaving drafts out is the caller’s job', async () => {
    const { manifest, find } = await indexOf([sysdig]);
    expect(manifest.parts.map((part) => part.posts)).toEqual([1]);
    expect(find('sysdig')).toEqual(['/blog/announcing-sysdig/']);
    expect(find('falco')).toEqual([]);
  });

  it('keeps plain text for snippets: no tags, entities decoded, any whitespace (nbsp too) one space', async () => {
    const { search } = await indexOf([falco]);
    expect(search('falco').hits[0]?.post).toEqual({
      title: 'Writing Falco rules',
      path: '/blog/falco-rules/',
      author: 'Loris Degioanni',
      date: '2018-01-30T15:10:27+00:00',
      text: 'Runtime security for containers. Macros and lists A macro is a condition. spawned_process and shell',
    });
  });

  it('indexes the whole body but stores only the opening, cut between words', async () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
    const long = post({
      path: normalizePostPath('/blog/long/'),
      sections: [{ id: '', title: '', level: 0, html: `<p>${words} needle</p>` }],
    });
    const { search, find } = await indexOf([long]);
    const text = search('needle').hits[0]?.post.text ?? '';
    expect(text.length).toBeLessThanOrEqual(SNIPPET_TEXT_LIMIT);
    expect(text.length).toBeGreaterThan(SNIPPET_TEXT_LIMIT * 0.8);
    expect(words.startsWith(text)).toBe(true);
    expect(words.charAt(text.length)).toBe(' ');
    expect(find('needle')).toEqual(['/blog/long/']);
  });

  it('leaves stop words out of the index, and out of queries', async () => {
    const { files, find } = await indexOf([falco, sysdig]);
    const terms = [...files]
      .filter(([name]) => name.includes('/terms/'))
      .flatMap(([, json]) => v.parse(searchChunkSchema, JSON.parse(json)).terms.map(([t]) => t));
    expect(terms).toContain('falco');
    expect(terms).not.toContain('the');
    expect(terms).not.toContain('for');
    expect(find('the falco')).toEqual(['/blog/falco-rules/']);
  });

  it('ranks a title match above body matches (twice over: titles count three times)', async () => {
    const inTitle = post({ path: normalizePostPath('/t/'), title: 'Tracing', sections: [] });
    const inBody = post({
      path: normalizePostPath('/b/'),
      sections: [{ id: '', title: '', level: 0, html: '<p>Tracing, tracing.</p>' }],
    });
    const { find } = await indexOf([inBody, inTitle]);
    expect(find('tracing')).toEqual(['/t/', '/b/']);
  });

  it('matches the last word as a prefix, and forgives a typo in a long word', async () => {
    const { find } = await indexOf([falco, sysdig]);
    expect(find('contai')).toEqual(['/blog/falco-rules/']);
    // From the second letter: one letter starts too many terms.
    expect(find('co')).toEqual(['/blog/falco-rules/']);
    expect(find('c')).toEqual([]);
    expect(find('containres')).toEqual(['/blog/falco-rules/']);
    // Short words must be exact, unless being typed.
    expect(find('macr falco')).toEqual(['/blog/falco-rules/']);
    expect(find('lnux')).toEqual([]);
  });

  it('needs every word to match, and falls back to any word when none matches them all', async () => {
    const { find } = await indexOf([falco, sysdig]);
    expect(find('falco linux')).toHaveLength(2);
    expect(find('falco macro')).toEqual(['/blog/falco-rules/']);
  });

  it('gives the same files for the same posts in any order', async () => {
    expect((await indexOf([sysdig, falco])).files).toEqual((await indexOf([falco, sysdig])).files);
  });
});

describe('a big blog’s index', () => {
  /** A word only post `i` has, its first letters varied as in real vocabularies. */
  const own = (i: number) => `${[...i.toString(36)].reverse().join('')}own`;
  /** `count` posts, each with a word of its own and words shared by many. */
  const blog = (count: number): SearchEntry[] =>
    Array.from({ length: count }, (_, i) => ({
      title: `Post ${i}`,
      path: normalizePostPath(`/blog/p-${i}/`),
      author: 'Ada',
      date: '2018-01-30T15:10:27+00:00',
      text: `${own(i)} shared${i % 50} common monitoring body text`,
    }));

  it('splits terms into chunks, so that a word downloads one chunk of many', async () => {
    const entries = blog(SEARCH_PART_POSTS * 2 + 1);
    const files = await searchIndexFiles(entries);
    const { manifest, search } = searchFiles(files);
    expect(manifest.parts).toHaveLength(4);
    expect(manifest.parts.reduce((sum, part) => sum + part.posts, 0)).toBe(entries.length);
    expect(manifest.chunks.length).toBeGreaterThanOrEqual(4);
    const chunkBytes = manifest.chunks.map(
      ({ file }) => files.get(searchChunkFile(file))?.length ?? 0,
    );
    // About CHUNK_BYTES each (a term group is never split below it).
    for (const bytes of chunkBytes.slice(0, -1)) expect(bytes).toBeGreaterThan(CHUNK_BYTES);
    const total = chunkBytes.reduce((sum, bytes) => sum + bytes, 0);

    // Post 1,500 is found wherever its part numbers it, by a word only it has (first: the
    // others are a typo away from it).
    const wanted = entries[1500];
    const result = search(own(1500));
    expect(result.hits[0]?.post.path).toBe(wanted?.path);
    expect(result.hits[0]?.terms).toEqual([own(1500)]);
    expect(result.chunksRead).toBe(1);
    // A word every post has reads one chunk too, with every post in it, and far from all.
    const common = search('common');
    expect(common.hits).toHaveLength(entries.length);
    expect(common.chunksRead).toBeLessThanOrEqual(2);
    expect(total).toBeGreaterThan(2 * CHUNK_BYTES * common.chunksRead);
  });

  it('starts each chunk at a new three-letter group, first at the empty term, all in order', async () => {
    const files = await searchIndexFiles(blog(3000));
    const { manifest } = searchFiles(files);
    expect(manifest.chunks[0]?.first).toBe('');
    const firsts = manifest.chunks.map(({ first }) => first);
    expect(firsts).toEqual([...firsts].sort());
    manifest.chunks.forEach(({ file }, i) => {
      const terms = v
        .parse(searchChunkSchema, JSON.parse(files.get(searchChunkFile(file)) ?? ''))
        .terms.map(([term]) => term);
      const next = manifest.chunks[i + 1]?.first;
      if (next !== undefined) {
        expect(terms.at(-1)?.slice(0, 3)).not.toBe(next.slice(0, 3));
        expect(terms.every((term) => term < next)).toBe(true);
      }
      if (i > 0) expect(terms[0]).toBe(firsts[i]);
    });
  });
});

describe('searchParts', () => {
  const entries = (count: number, prefix = 'p') =>
    Array.from({ length: count }, (_, i) => ({
      title: `Post ${i}`,
      path: `/blog/${prefix}-${i}/`,
      author: 'Ada',
      date: '2018-01-30T15:10:27+00:00',
      text: `text ${i}`,
    }));
  const paths = (parts: { path: string }[][]) => parts.map((part) => part.map((e) => e.path));

  it('keeps a small blog in one part, and an empty one has none', () => {
    expect(searchParts(entries(SEARCH_PART_POSTS))).toHaveLength(1);
    expect(searchParts([])).toEqual([]);
  });

  it('doubles the parts as the blog grows, each post in exactly one, ordered by path', () => {
    const all = entries(SEARCH_PART_POSTS * 4 + 1);
    const parts = searchParts(all);
    expect(parts).toHaveLength(8);
    const listed = paths(parts).flat();
    expect(new Set(listed).size).toBe(all.length);
    expect(listed.sort()).toEqual(all.map((e) => e.path).sort());
    for (const part of paths(parts)) expect(part).toEqual([...part].sort());
    // Spread by hash: no part holds more than twice its share.
    for (const part of parts) expect(part.length).toBeLessThan((all.length / 8) * 2);
  });

  it('changes only the part of a post that was added (or edited, or removed)', () => {
    const all = entries(SEARCH_PART_POSTS * 3);
    const before = paths(searchParts(all));
    const after = paths(searchParts([...all, ...entries(1, 'new')]));
    const changed = after.filter((part, i) => JSON.stringify(part) !== JSON.stringify(before[i]));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('/blog/new-0/');
  });

  it('names the files in a manifest the app can read, and nothing outside its folders', () => {
    const json = searchManifestJson([{ name: 'a-1', posts: 2 }], [{ first: '', file: 'c.json' }]);
    expect(v.parse(searchManifestSchema, JSON.parse(json)).chunks).toEqual([
      { first: '', file: 'c.json' },
    ]);
    expect(() =>
      v.parse(
        searchManifestSchema,
        JSON.parse(searchManifestJson([], [{ first: '', file: '../../x.json' }])),
      ),
    ).toThrow(/chunk file name/);
    expect(() =>
      v.parse(
        searchManifestSchema,
        JSON.parse(searchManifestJson([{ name: '../x', posts: 1 }], [])),
      ),
    ).toThrow(/part name/);
  });
});

describe('postText', () => {
  it('separates blocks with a space so words never glue across paragraphs', () => {
    const text = postText({
      sections: [
        {
          id: '',
          title: '',
          level: 0,
          html: '<p>end.</p><p>Next</p><ul><li>a</li><li>b</li></ul>',
        },
      ],
    });
    expect(text).toBe('end. Next a b');
  });
});
