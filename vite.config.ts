import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { folio } from './src/vite-plugin/folio-plugin.ts';

// Site configuration lives here, in one typed object (see README "Configuration").
// FOLIO_POSTS in the environment overrides `posts`, so the same build runs on any export.
export default defineConfig({
  plugins: [
    react(),
    folio({
      posts: 'posts',
      title: 'Folio',
      origin: 'https://folio.example.com',
      timeZone: 'America/Los_Angeles',
      base: process.env.FOLIO_BASE ?? '/',
      locale: 'en-US', // FOLIO_LOCALE in the environment overrides it
      pageSize: 10,
    }),
  ],
});
