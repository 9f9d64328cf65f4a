import { spawn } from 'node:child_process';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { deepPosts } from './extreme-inputs.ts';

/**
 * A 2 MB post and 50,000-deep nesting compile, or fail with a clean diagnostic, in bounded
 * time and memory, instead of crashing or hanging the build. Each compiles in a child process
 * with a heap cap, stopped after LIMIT_MS: a generous liveness bound (these take well under
 * 10 s when the pipeline is linear), not a speed goal. Times are printed by
 * `npx tsx tests/security/measure-extreme-posts.ts`.
 */
const LIMIT_MS = 60_000;
const HEAP_MB = 1536;
const child = join(import.meta.dirname, 'compile-extreme-child.ts');
const outcomeSchema = v.union([
  v.object({ ok: v.literal(true), sections: v.number() }),
  v.object({ ok: v.literal(false), errors: v.array(v.string()) }),
]);

type Run =
  | { kind: 'done'; outcome: v.InferOutput<typeof outcomeSchema> }
  | { kind: 'crashed'; detail: string }
  | { kind: 'timed out' };

function compileInChild(name: string): Promise<Run> {
  return new Promise((resolve) => {
    const proc = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, '--stack-size=984', '--import', 'tsx', child, name],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      resolve({ kind: 'timed out' });
    }, LIMIT_MS);
    proc.on('close', (code) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').at(-1) ?? '';
      const parsed = code === 0 ? v.safeParse(outcomeSchema, safeJson(line)) : undefined;
      resolve(
        parsed?.success
          ? { kind: 'done', outcome: parsed.output }
          : { kind: 'crashed', detail: `exit ${String(code)}: ${stderr.slice(-500)}` },
      );
    });
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

describe('extreme posts', () => {
  it.each(['2 MB post', ...Object.keys(deepPosts)])(
    '%s compiles or fails cleanly, in bounded time and memory',
    async (name) => {
      const run = await compileInChild(name);
      expect(run.kind, JSON.stringify(run)).toBe('done');
      if (run.kind !== 'done') return;
      if (run.outcome.ok) {
        expect(run.outcome.sections).toBeGreaterThan(0);
      } else {
        for (const error of run.outcome.errors) {
          expect(error).not.toMatch(/\n\s+at |Maximum call stack|RangeError/);
        }
      }
    },
    LIMIT_MS + 30_000,
  );
});
