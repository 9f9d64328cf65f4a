import MiniSearch from 'minisearch';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { postText } from '../../src/compiler/body/post-text.ts';
import {
  SEARCH_SHARD_POSTS,
  searchEntry,
  searchManifestJson,
  searchShardJson,
  searchShards,
} from '../../src/compiler/site/search-index.ts';

type SearchablePost = Parameters<typeof searchEntry>[0];

/** The index of `posts`, their text computed as the compiler does. */
const indexOf = (posts: SearchablePost[]) => searchShardJson(posts.map(searchEntry));
import {
  processSearchTerm,
  SEARCH_FIELDS,
  searchManifestSchema,
  searchShardSchema,
  SNIPPET_TEXT_LIMIT,
  type SearchDocument,
} from '../../src/content/search-schema.ts';

function post(overrides: Partial<SearchablePost> & { path: string }): SearchablePost {
  return {
    title: 'Untitled',
    author: 'Ada Lovelace',
    date: '2018-01-30T15:10:27+00:00',
    sections: [],
    ...overrides,
  };
}

/** Loads the file the way the app does: schema first, then MiniSearch with the same options. */
function load(json: string) {
  const file = v.parse(searchShardSchema, JSON.parse(json));
  const miniSearch = MiniSearch.loadJS<SearchDocument>(file.index, {
    fields: [...SEARCH_FIELDS],
    processTerm: processSearchTerm,
  });
  const find = (query: string) =>
    miniSearch.search(query).map((result) => file.posts[Number(result.id)]?.path);
  return { file, find };
}

const falco = post({
  path: '/blog/falco-rules/',
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
  path: '/blog/announcing-sysdig/',
  title: 'Announcing Sysdig',
  sections: [{ id: '', title: '', level: 0, html: '<p>System-level exploration of Linux.</p>' }],
});

describe('searchShardJson', () => {
  it('finds posts by words of their title, their body, their section titles and their author', async () => {
    const { find } = load(await indexOf([falco, sysdig]));
    expect(find('falco')).toEqual(['/blog/falco-rules/']);
    expect(find('containers')).toEqual(['/blog/falco-rules/']);
    expect(find('macros')).toEqual(['/blog/falco-rules/']);
    expect(find('spawned_process')).toEqual(['/blog/falco-rules/']);
    expect(find('exploration')).toEqual(['/blog/announcing-sysdig/']);
    expect(find('degioanni')).toEqual(['/blog/falco-rules/']);
    expect(find('kubernetes')).toEqual([]);
  });

  it('lists exactly the posts it is given: leaving drafts out is the caller’s job', async () => {
    const { file, find } = load(await indexOf([sysdig]));
    expect(file.posts.map((p) => p.path)).toEqual(['/blog/announcing-sysdig/']);
    expect(find('falco')).toEqual([]);
  });

  it('keeps plain text for snippets: no tags, entities decoded, any whitespace (nbsp too) one space', async () => {
    const { file } = load(await indexOf([falco]));
    expect(file.posts[0]).toEqual({
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
      path: '/blog/long/',
      sections: [{ id: '', title: '', level: 0, html: `<p>${words} needle</p>` }],
    });
    const { file, find } = load(await indexOf([long]));
    const text = file.posts[0]?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(SNIPPET_TEXT_LIMIT);
    expect(text.length).toBeGreaterThan(SNIPPET_TEXT_LIMIT * 0.8);
    expect(words.startsWith(text)).toBe(true);
    expect(words.charAt(text.length)).toBe(' ');
    expect(find('needle')).toEqual(['/blog/long/']);
  });

  it('leaves stop words out of the index, and out of queries', async () => {
    const { file, find } = load(await indexOf([falco, sysdig]));
    expect(file.index.index.map(([term]) => term)).not.toContain('the');
    expect(file.index.index.map(([term]) => term)).not.toContain('for');
    expect(find('the falco')).toEqual(['/blog/falco-rules/']);
  });

  it('gives the same bytes for the same posts in any order', async () => {
    expect(await indexOf([sysdig, falco])).toBe(await indexOf([falco, sysdig]));
  });
});

describe('searchShards', () => {
  const entries = (count: number, prefix = 'p') =>
    Array.from({ length: count }, (_, i) => ({
      title: `Post ${i}`,
      path: `/blog/${prefix}-${i}/`,
      author: 'Ada',
      date: '2018-01-30T15:10:27+00:00',
      text: `text ${i}`,
    }));
  const paths = (shards: { path: string }[][]) => shards.map((shard) => shard.map((e) => e.path));

  it('keeps a small blog in one shard, and an empty one has one empty shard', () => {
    expect(searchShards(entries(SEARCH_SHARD_POSTS))).toHaveLength(1);
    expect(searchShards([])).toEqual([[]]);
  });

  it('doubles the shards as the blog grows, each post in exactly one, ordered by path', () => {
    const all = entries(SEARCH_SHARD_POSTS * 4 + 1);
    const shards = searchShards(all);
    expect(shards).toHaveLength(8);
    const listed = paths(shards).flat();
    expect(new Set(listed).size).toBe(all.length);
    expect(listed.sort()).toEqual(all.map((e) => e.path).sort());
    for (const shard of paths(shards)) expect(shard).toEqual([...shard].sort());
    // Spread by hash: no shard holds more than twice its share.
    for (const shard of shards) expect(shard.length).toBeLessThan((all.length / 8) * 2);
  });

  it('changes only the shard of a post that was added (or edited, or removed)', () => {
    const all = entries(SEARCH_SHARD_POSTS * 3);
    const before = paths(searchShards(all));
    const after = paths(searchShards([...all, ...entries(1, 'new')]));
    const changed = after.filter((shard, i) => JSON.stringify(shard) !== JSON.stringify(before[i]));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('/blog/new-0/');
  });

  it('names the shards in a manifest the app can read', () => {
    const manifest = v.parse(searchManifestSchema, JSON.parse(searchManifestJson(['a-1.json'])));
    expect(manifest.shards).toEqual(['a-1.json']);
    expect(() =>
      v.parse(searchManifestSchema, JSON.parse(searchManifestJson(['../../x.json']))),
    ).toThrow(/shard file name/);
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
