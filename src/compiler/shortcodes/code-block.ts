import type { ElementContent } from 'hast';
import { element, text } from './hast-builders.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';

/**
 * `[sourcecode language="bash"]…[/sourcecode]`, `[codesyntax lang="php"]`, `[code lang=js]`
 * (SyntaxHighlighter Evolved and friends): a code block whose language feeds the highlighter.
 * The text is taken as written; the <br>s wpautop put in become newlines again.
 */
export const codeBlock: ShortcodeHandler = ({ named, numeric, children }) => {
  const language = (named.language ?? named.lang ?? numeric[0] ?? '').trim().toLowerCase();
  const code = children
    .map(rawText)
    .join('')
    .replace(/^\n+|\s+$/g, '');
  const className = /^[\w+#-]{1,30}$/.test(language) ? [`language-${language}`] : [];
  return [element('pre', {}, [element('code', { className }, [text(code)])])];
};

function rawText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (node.tagName === 'br') return '\n';
    const inner = node.children.map(rawText).join('');
    // wpautop wrapped the code's blank-line-separated parts in paragraphs.
    return node.tagName === 'p' ? `${inner}\n\n` : inner;
  }
  return '';
}
