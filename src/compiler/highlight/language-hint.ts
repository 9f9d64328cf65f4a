import type { Element } from 'hast';

/**
 * The language a code block declares, from the hints real posts carry: Markdown fences
 * (`language-bash`), `lang-x`/`highlight-x`, Crayon (`lang:ps decode:true`), SyntaxHighlighter
 * (`brush: bash; gutter: false`), `data-lang`/`data-language`, and Live Writer's C# snippet
 * classes (`csharpcode`). Lower-cased; null when there is none.
 */
export function languageHint(...elements: (Element | undefined)[]): string | null {
  for (const node of elements) {
    if (node === undefined) continue;
    const props = node.properties;
    for (const key of ['dataLang', 'dataLanguage'] as const) {
      const value = props[key];
      if (typeof value === 'string' && LANGUAGE.test(value.trim()))
        return value.trim().toLowerCase();
    }
    const classes = Array.isArray(props.className) ? props.className.map(String).join(' ') : '';
    for (const pattern of HINTS) {
      const found = pattern.exec(classes)?.[1];
      if (found !== undefined && LANGUAGE.test(found)) return found.toLowerCase();
    }
    if (/\bcsharpcode\b/.test(classes)) return 'csharp';
  }
  return null;
}

const LANGUAGE = /^[\w+#.-]{1,30}$/;
const HINTS = [
  /(?:^|\s)(?:language|lang|highlight|hljs)-([\w+#.-]+)/,
  /(?:^|\s)lang:([\w+#.-]+)/,
  /(?:^|\s)brush:\s*([\w+#.-]+);?/,
];
