import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invalidPostMode, partitionPosts, planSite } from '../../../src/compiler/build-policy.ts';
import { siteOutputs } from '../../../src/compiler/site-outputs.ts';
import { compilePost, type CompileResult } from '../../../src/compiler/compile-post.ts';
import { readPostFiles } from '../../../src/compiler/read-posts.ts';
import { postDataFile } from '../../../src/content/data-paths.ts';
import { normalizePostPath } from '../../../src/content/post-path.ts';

/**
 * "Nothing valid is lost": a folder mixing valid posts with every broken fixture (bad YAML,
 * bad encodings, traversal permalinks, empty files...) and two posts claiming one path.
 */
const fixtures = join(import.meta.dirname, 'fixtures');
const config = { origin: 'https://blog.example.com', timeZone: 'UTC' };

const validPost = (slug: string, date: string) =>
  `---\nID: 1\npost_title: Valid ${slug}\nauthor: Jane\npost_date: ${date}\npermalink: https://example.com/blog/${slug}/\n---\nBody of ${slug}.\n`;

function mixedFolder(): { dir: string; broken: string[]; valid: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'folio-mixed-'));
  const broken: string[] = [];
  for (const name of readdirSync(fixtures).sort()) {
    if (!readFileSync(join(fixtures, name, 'expected.txt'), 'utf8').startsWith('failed')) continue;
    copyFileSync(join(fixtures, name, 'input.md'), join(dir, `${name}.md`));
    broken.push(relative(process.cwd(), join(dir, `${name}.md`)));
  }
  const valid = ['alpha', 'beta', 'gamma', 'delta'].map((slug, index) => {
    const path = join(dir, `valid-${slug}.md`);
    writeFileSync(path, validPost(slug, `2018-0${index + 1}-10 12:00:00`));
    return relative(process.cwd(), path);
  });
  // Same path once case, trailing slash and escapes are folded: the first by name keeps it.
  writeFileSync(join(dir, 'twin-a.md'), validPost('twin', '2018-06-01 00:00:00'));
  writeFileSync(
    join(dir, 'twin-b.md'),
    validPost('twin', '2018-06-02 00:00:00').replace('/blog/twin/', '/Blog/%74win'),
  );
  return { dir, broken, valid };
}

async function compileFolder(dir: string): Promise<CompileResult[]> {
  const results: CompileResult[] = [];
  for (const input of await readPostFiles(dir)) results.push(await compilePost(input, config));
  return results;
}

describe('build policy', () => {
  it('skip mode publishes every valid post and reports every skipped file as a warning', async () => {
    const { dir, broken, valid } = mixedFolder();
    expect(broken.length).toBeGreaterThan(25);
    const plan = planSite(await compileFolder(dir), { onInvalid: 'skip' });
    expect(plan.errors).toEqual([]);
    const twinB = relative(process.cwd(), join(dir, 'twin-b.md'));
    expect(plan.publish.map((post) => post.source).sort()).toEqual(
      [...valid, relative(process.cwd(), join(dir, 'twin-a.md'))].sort(),
    );
    expect(plan.skipped).toEqual([...broken, twinB].sort());
    for (const file of [...broken, twinB]) {
      expect(plan.warnings.some((w) => w.file === file && /post skipped/.test(w.message))).toBe(
        true,
      );
    }
    // What the build then writes from the plan: the valid posts, nothing of a broken one.
    const { files } = siteOutputs(plan.publish, { pageSize: 10, includeDrafts: false });
    for (const slug of ['alpha', 'beta', 'gamma', 'delta', 'twin']) {
      expect(files.has(postDataFile(normalizePostPath(`/blog/${slug}/`)))).toBe(true);
    }
    expect([...files.keys()].filter((name) => name.includes('/posts/'))).toHaveLength(5);
  });

  it('fail mode (the default) fails listing every problem of every file, with file:line', async () => {
    const { dir, broken } = mixedFolder();
    const plan = planSite(await compileFolder(dir), { onInvalid: 'fail' });
    const twinB = relative(process.cwd(), join(dir, 'twin-b.md'));
    expect(new Set(plan.errors.map((e) => e.file))).toEqual(new Set([...broken, twinB]));
    for (const error of plan.errors) {
      expect(error.severity).toBe('error');
      expect(error.line).toBeGreaterThanOrEqual(1);
    }
    // A file with several problems lists all of them, not just the first.
    const everything = plan.errors.filter((e) => e.file.endsWith('every-problem-at-once.md'));
    expect(everything.map((e) => e.field)).toEqual([
      'ID',
      'post_title',
      'post_date',
      'permalink',
      'published',
    ]);
  });

  it('partitionPosts keeps warnings of published posts in both modes', async () => {
    const ok = await compilePost(
      { file: 'posts/x.md', text: validPost('x', '2018-01-01').replace('ID: 1\n', '') },
      config,
    );
    const bad = await compilePost({ file: 'posts/y.md', text: '' }, config);
    const strict = partitionPosts([ok, bad], { onInvalid: 'fail' });
    expect(strict.errors.map((e) => e.file)).toEqual(['posts/y.md']);
    expect(strict.warnings.map((w) => w.field)).toEqual(['ID']);
    const lenient = partitionPosts([ok, bad], { onInvalid: 'skip' });
    expect(lenient.errors).toEqual([]);
    expect(lenient.publish).toHaveLength(1);
    expect(lenient.warnings.map((w) => [w.file, w.severity])).toEqual([
      ['posts/x.md', 'warning'],
      ['posts/y.md', 'warning'],
    ]);
  });

  it.each([
    [[], {}, 'fail'],
    [['--skip-invalid'], {}, 'skip'],
    [[], { FOLIO_SKIP_INVALID: '1' }, 'skip'],
    [[], { FOLIO_SKIP_INVALID: 'true' }, 'skip'],
    [[], { FOLIO_SKIP_INVALID: '0' }, 'fail'],
    [[], { FOLIO_SKIP_INVALID: '' }, 'fail'],
  ])('invalidPostMode(%j, %j) is %s', (argv, env, mode) => {
    expect(invalidPostMode(argv, env)).toBe(mode);
  });
});
