import type { Element, ElementContent } from 'hast';
import {
  bundledLanguages,
  bundledLanguagesAlias,
  createHighlighter,
  type Highlighter,
} from 'shiki';

/**
 * Build-time syntax highlighting with Shiki: one highlighter per process, created on first
 * use; each grammar is loaded the first time a post uses it. Colours are written as CSS
 * variables for both themes (`--shiki-light`, `--shiki-dark`), so the app's stylesheet picks
 * one with its light/dark mode and no script runs in the browser. The high-contrast GitHub
 * themes: the plain ones fall below 4.5:1 on our code background (orange 2.96:1, comments).
 */
export const THEMES = {
  light: 'github-light-high-contrast',
  dark: 'github-dark-high-contrast',
} as const;
/** Above this, a block is left plain: highlighting cost grows with size, reading value does not. */
const MAX_CODE = 100_000;

/** Old plugins' names for languages Shiki knows under another name. */
const EXTRA_ALIASES: Record<string, string> = {
  ps: 'powershell',
  ps1: 'powershell',
  shell: 'shellscript',
  console: 'shellsession',
  terminal: 'shellscript',
  plain: 'text',
  plaintext: 'text',
  text: 'text',
  txt: 'text',
  jscript: 'javascript',
  xhtml: 'html',
  'c#': 'csharp',
  golang: 'go',
  conf: 'ini',
  cfg: 'ini',
  nginx: 'nginx',
  dockerfile: 'docker',
  yml: 'yaml',
};

let highlighter: Promise<Highlighter> | undefined;
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: [THEMES.light, THEMES.dark], langs: [] });
  return highlighter;
}

/** Shiki's id for a hint, or null when Shiki has no grammar for it (the block stays plain). */
export function shikiLanguage(hint: string): string | null {
  const name = EXTRA_ALIASES[hint] ?? hint;
  if (name === 'text') return null;
  if (name in bundledLanguages || name in bundledLanguagesAlias) return name;
  return null;
}

/**
 * The highlighted children of `<code>` for `code`, or null when the language is unknown or
 * the result would not read exactly as the input (the text must stay byte-identical).
 */
export async function highlightCode(code: string, hint: string): Promise<ElementContent[] | null> {
  const lang = shikiLanguage(hint);
  if (lang === null || code.length > MAX_CODE) return null;
  const shiki = await getHighlighter();
  if (!shiki.getLoadedLanguages().includes(lang))
    await shiki.loadLanguage(lang as keyof typeof bundledLanguages);
  const root = shiki.codeToHast(code, {
    lang,
    themes: THEMES,
    defaultColor: false,
    // No time limit per line (Shiki stops a line after 500 ms by default): a build's output
    // must not depend on how busy the machine was. A line cut short in one theme and not the
    // other came out plain in light mode, on the first block of a cold thread. MAX_CODE
    // bounds the work instead.
    tokenizeTimeLimit: 0,
  });
  const pre = root.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'pre',
  );
  const codeElement = pre?.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'code',
  );
  if (!codeElement) return null;
  const children = codeElement.children.flatMap(unwrapLine);
  const text = textOf(children);
  if (text === code) return children;
  // Shiki drops a final newline; it is put back so the text stays byte-identical.
  return `${text}\n` === code ? [...children, { type: 'text', value: '\n' }] : null;
}

/** Shiki's `<span class="line">` wrappers carry nothing a reader needs: their tokens are kept. */
function unwrapLine(node: ElementContent): ElementContent[] {
  if (node.type !== 'element' || node.tagName !== 'span') return [node];
  if (node.properties.class === 'line' || node.properties.className !== undefined) {
    return node.children.flatMap(unwrapLine);
  }
  const style = typeof node.properties.style === 'string' ? node.properties.style : undefined;
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: style === undefined ? {} : { style },
      children: node.children,
    },
  ];
}

function textOf(nodes: ElementContent[]): string {
  return nodes
    .map((node) =>
      node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '',
    )
    .join('');
}
