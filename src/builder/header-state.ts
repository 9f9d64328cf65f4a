import type { CompilerConfig } from '../compiler/compiler-config.ts';
import type { Diagnostic } from '../compiler/diagnostic.ts';
import { readPostHeader, type HeaderResult, type PostHeader } from '../compiler/post-header.ts';
import { readPostFile } from '../compiler/read-posts.ts';

/** What the dev server knows of a post's front matter, without its body. */
export type HeaderState =
  | { ok: true; header: PostHeader; warnings: Diagnostic[] }
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] };

/** Reads one post file and checks its front matter: what the dev server keeps per post. */
export async function readHeaderState(file: string, config: CompilerConfig): Promise<HeaderState> {
  return headerStateOf(readPostHeader(await readPostFile(file), config));
}

/** What the dev server keeps of a header result: its body is read again when needed. */
export function headerStateOf(result: HeaderResult): HeaderState {
  return result.ok
    ? { ok: true, header: result.header, warnings: result.warnings }
    : { ok: false, errors: result.errors, warnings: result.warnings };
}
