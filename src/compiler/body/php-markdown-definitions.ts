/**
 * PHP Markdown takes a reference definition's URL as everything up to the first space;
 * CommonMark rejects a URL with unbalanced parentheses (`[2]: http://(https://x.py`), which
 * leaves `[script][2]` as literal brackets. Wrapping the URL in `<…>` makes CommonMark accept
 * exactly what PHP Markdown did.
 */
const DEFINITION = /^( {0,3}\[[^\]\n]+\]:[ \t]*)([^\s<>]+)(?=[ \t]|$)/gm;

export function bracketDefinitionUrls(markdown: string): string {
  return markdown.replace(DEFINITION, (whole, start: string, url: string) =>
    /[()]/.test(url) ? `${start}<${url}>` : whole,
  );
}
