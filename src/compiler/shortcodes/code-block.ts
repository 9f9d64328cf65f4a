import { element, text } from './hast-builders.ts';
import type { ShortcodeHandler } from './shortcode-handler.ts';

/** `[sourcecode language="bash"]…[/sourcecode]` and `[codesyntax]`: a plain code block. */
export const codeBlock: ShortcodeHandler = ({ named, children }) => {
  const language = (named.language ?? named.lang ?? '').trim();
  const code = children
    .map(rawText)
    .join('')
    .replace(/^\n+|\s+$/g, '');
  const className = /^[\w+-]+$/.test(language) ? [`language-${language}`] : [];
  return [element('pre', {}, [element('code', { className }, [text(code)])])];
};

function rawText(node: Parameters<ShortcodeHandler>[0]['children'][number]): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    return node.tagName === 'br' ? '\n' : node.children.map(rawText).join('');
  }
  return '';
}
