/** The `---` block at the top of a post and the Markdown body after it. */
export interface SplitPost {
  /** YAML text between the fences. */
  yaml: string;
  /** 1-based file line of the first YAML line, so YAML positions map back to the file. */
  yamlLine: number;
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
}

export type SplitResult =
  { ok: true; value: SplitPost } | { ok: false; line: number; message: string; hint: string };

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits the front matter off a post. The text is expected with `\n` line ends and no BOM
 * (see normalizeSource); line numbers count from the top of the file.
 */
export function splitFrontMatter(text: string): SplitResult {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ok: false,
      line: 1,
      message: 'The post does not start with a front matter block',
      hint: 'Begin the file with a line "---", the YAML fields (post_title, permalink, post_date...), and another "---".',
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (closing === -1) {
    return {
      ok: false,
      line: 1,
      message: 'The front matter block opened here is never closed',
      hint: 'Add a line "---" after the last front matter field.',
    };
  }
  return {
    ok: true,
    value: {
      yaml: lines.slice(1, closing).join('\n'),
      yamlLine: 2,
      body: lines.slice(closing + 1).join('\n'),
      bodyLine: closing + 2,
    },
  };
}

/** Drops a byte-order mark and turns CRLF / CR line ends into LF; line numbers are unchanged. */
export function normalizeSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
