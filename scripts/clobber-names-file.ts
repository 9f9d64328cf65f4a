/**
 * The text of src/compiler/body/clobber-names.ts from the names a browser lists, so the
 * generator (scripts/generate-clobber-names.ts, which asks Chromium) and the test that the
 * committed file is in its generated form (tests/scripts/clobber-names-file.test.ts, which
 * needs no browser) write it the same way.
 */

export const CLOBBER_NAMES_FILE = 'src/compiler/body/clobber-names.ts';

/**
 * Names no blank Chromium page has but that a post's id must not take either: read by the
 * app, its libraries or the dev server when present, so an element of that id would stand in
 * for them (React's devtools hook, react-router's and react-query's hydration data, Vite's
 * dev client); `cookieStore`, a window property in secure contexts only (the blank page is
 * none); global names scripts commonly look up (`config`, `CONFIG`, `settings`, `data`); and
 * the members of forms and collections that a named child element would shadow.
 */
export const EXTRA_NAMES: readonly string[] = [
  '__REACT_DEVTOOLS_GLOBAL_HOOK__',
  '__REACT_QUERY_STATE__',
  '__reactRouterContext',
  '__reactRouterManifest',
  '__reactRouterRouteModules',
  '__staticRouterHydrationData',
  '__vite__',
  '__vite_plugin_react_preamble_installed__',
  'cookieStore',
  'CONFIG',
  'config',
  'settings',
  'data',
  'action',
  'elements',
  'item',
  'method',
  'namedItem',
  'submit',
];

const HEADER = `/**
 * Names an id or name from a post must not take: properties of window, document, <html>, <body>
 * and their prototypes as Chromium lists them (generated with Object.getOwnPropertyNames along
 * the prototype chains), plus globals the app and its libraries read. An element with such an
 * id could shadow them (DOM clobbering), so it is prefixed with \`user-content-\`.
 *
 * Generated: do not edit. \`npm run clobber-names\` (scripts/generate-clobber-names.ts) writes
 * it again from the system Chromium, and \`npm run clobber-names -- --check\` tells whether it
 * is current; the names added by hand are EXTRA_NAMES in scripts/clobber-names-file.ts.
 */`;

/** Each line of names, indented and quoted, stays within prettier's 100 columns. */
const LINE_WIDTH = 92;

export function clobberNamesFile(browserNames: Iterable<string>): string {
  // Code-unit order (the default sort), so the file is the same on any machine and locale.
  const names = [...new Set([...browserNames, ...EXTRA_NAMES])].sort();
  const lines: string[] = [];
  for (const name of names) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + name.length <= LINE_WIDTH) {
      lines[lines.length - 1] = `${last} ${name}`;
    } else {
      lines.push(name);
    }
  }
  return [
    HEADER,
    'export const CLOBBER_NAMES: ReadonlySet<string> = new Set(',
    '  [',
    ...lines.map((line) => `    '${line}',`),
    '  ]',
    "    .join(' ')",
    "    .split(' '),",
    ');',
    '',
  ].join('\n');
}
