import type { Alias } from 'vite';

/**
 * The runtime a production build ships in place of React: Preact's compatibility layer,
 * which implements the React API the app, React Router and React Query use (hooks,
 * context, Suspense, lazy, startTransition, flushSync, portals) in ~12 KB gzip instead of
 * React DOM's ~60 KB. That is what keeps a post page under its 100 KB script budget
 * (`npm run bench`). The dev server and the unit tests keep React itself, for its warnings
 * and Fast Refresh; the end-to-end suite runs against both the dev server and the build.
 *
 * Exact matches only: `react-dom/server` must not become `preact/compat/server` by prefix.
 */
export const PRODUCTION_RUNTIME_ALIASES: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

interface BuildWarning {
  code?: string;
  message: string;
}

/**
 * Warnings the swap makes every build print, each expected and harmless: React Router reads
 * React 19's `useOptimistic` by a computed name and falls back when it is missing (Preact
 * has none), and "use client" directives mean nothing to a prerender bundle. Every other
 * warning goes through.
 */
export function quietRuntimeWarnings(
  warning: BuildWarning,
  warn: (warning: BuildWarning) => void,
): void {
  const expected =
    (warning.code === 'IMPORT_IS_UNDEFINED' && warning.message.includes('useOptimistic')) ||
    (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use client"'));
  if (!expected) warn(warning);
}
