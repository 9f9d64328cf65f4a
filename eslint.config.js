// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';

/**
 * Imports flow one way (DESIGN.md section 1):
 *   content ◄ compiler ◄ build ◄ vite-plugin        content ◄ app ◄ embed
 * Each zone names a folder and the folders it must never import from.
 */
const importDirection = [
  {
    target: './src/content',
    from: ['./src/compiler', './src/builder', './src/vite-plugin', './src/app', './src/embed'],
  },
  {
    target: './src/compiler',
    from: ['./src/builder', './src/vite-plugin', './src/app', './src/embed'],
  },
  { target: './src/builder', from: ['./src/vite-plugin', './src/app', './src/embed'] },
  { target: './src/vite-plugin', from: ['./src/embed'] },
  {
    target: './src/app',
    from: ['./src/compiler', './src/builder', './src/vite-plugin', './src/embed'],
  },
  { target: './src/embed', from: ['./src/compiler', './src/builder', './src/vite-plugin'] },
].map((zone) => ({ ...zone, message: 'Imports flow one way: see DESIGN.md section 1.' }));

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: importDirection }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
