import { getDefaultNormalizer, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemsOverlay } from '../../src/app/dev/problems-overlay.tsx';
import { messagesFor } from '../../src/app/i18n/catalogs.ts';
import { createLocaleTools } from '../../src/app/i18n/locale-tools.ts';
import { frenchMessages } from '../../src/app/i18n/messages-fr.ts';
import { englishMessages } from '../../src/app/i18n/messages.ts';
import type { SiteConfig } from '../../src/content/site-config.ts';
import { fakeServer } from './fake-server.ts';
import { makeIndexPage, makePost, makeSummary, testSite } from './fixtures.ts';
import { renderApp, renderWithProviders } from './render-app.tsx';
import { renderSearch, serveSearchIndex } from './search-render.tsx';
import { normalizePostPath } from '../../src/content/post-path.ts';

const frenchSite: SiteConfig = { ...testSite, locale: 'fr-FR' };
const postUrl = '/folio-data/v1/posts/blog/hello-world.json';

describe('interface language', () => {
  it('renders the frame and the article in French for a French site', async () => {
    fakeServer({ [postUrl]: { json: makePost() } });
    renderApp('/blog/hello-world/', frenchSite);
    await screen.findByRole('heading', { level: 1, name: 'Hello world' });
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tous les articles' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Thème' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Lien vers la section « Getting started »' }),
    ).toBeInTheDocument();
    // Dates keep going through Intl.DateTimeFormat in the site locale.
    expect(screen.getByText('30 janvier 2018')).toBeInTheDocument();
    expect(screen.queryByText(/Skip to content|All posts/)).not.toBeInTheDocument();
  });

  it('shows a French error page', async () => {
    fakeServer({ [postUrl]: { status: 500, body: 'boom', contentType: 'text/plain' } });
    renderApp('/blog/hello-world/', frenchSite);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Impossible de charger cette page' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('announces the first load in French', async () => {
    fakeServer({});
    renderApp('/blog/hello-world/', frenchSite);
    expect(await screen.findByText('Chargement…')).toHaveRole('status');
  });

  it('counts in the dev tools with the language’s plural rules', async () => {
    const problem = { file: 'posts/a.md', line: 1, severity: 'error', message: 'x' };
    fakeServer({
      '/folio-data/v1/__dev/problems.json': { json: { problems: [problem, problem] } },
    });
    renderWithProviders(<ProblemsOverlay />, frenchSite);
    expect(
      await screen.findByRole('alert', { name: '2 problèmes dans vos articles' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Masquer' })).toBeInTheDocument();
  });
});

describe('lists, search and 404 in French', () => {
  it('names the author page, its summary, its page links and its title in French', async () => {
    const post = makeSummary({
      title: 'First post',
      path: normalizePostPath('/first/'),
      readingMinutes: 6,
    });
    fakeServer({
      '/folio-data/v1/authors/ada-lovelace/2.json': {
        json: {
          ...makeIndexPage({ page: 2, pageCount: 3, totalPosts: 1200, posts: [post] }),
          slug: 'ada-lovelace',
          author: 'Ada Lovelace',
        },
      },
    });
    renderApp('/author/ada-lovelace/page/2/', frenchSite);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Articles par Ada Lovelace' }),
    ).toBeInTheDocument();
    // The default normalizer would turn the no-break spaces of French typography into spaces.
    const exact = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
    expect(screen.getByText('1\u202f200 articles, page 2 sur 3', exact)).toBeInTheDocument();
    expect(screen.getByText('6\u00a0min de lecture', exact)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByRole('link', { name: 'Page 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByText('Page 2 sur 3')).toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toBe('Articles par Ada Lovelace, page 2 — Test Blog'),
    );
  });

  it('counts search results with French plurals and quotes', async () => {
    await serveSearchIndex();
    renderSearch('/search/?q=falco', frenchSite);
    await screen.findByRole('heading', { level: 1 }); // the route's code loads lazily
    expect(screen.getByRole('heading', { level: 1, name: 'Recherche' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Rechercher dans les articles' })).toHaveValue(
      'falco',
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 article correspond à « falco ».'),
    );
    expect(screen.getByRole('list', { name: 'Résultats de la recherche' })).toBeInTheDocument();
    expect(document.title).toBe('Recherche\u202f: falco — Test Blog');
    expect(screen.queryByText(/Search|posts? match/)).not.toBeInTheDocument();
  });

  it('explains a 404 in French, with the path inside the sentence', async () => {
    await serveSearchIndex();
    renderSearch('/missing/some-page/', frenchSite);
    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    const path = screen.getByText('/missing/some-page/', { selector: 'code' });
    expect(path.parentElement).toHaveTextContent(
      'Il n’y a rien à l’adresse /missing/some-page/. La page a peut-être été déplacée',
    );
    expect(
      screen.getByRole('search', { name: 'Rechercher la page manquante' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rechercher' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller à l’accueil' })).toBeInTheDocument();
  });
});

describe('message catalogs', () => {
  it('picks plural forms per language: English 0 is plural, French 0 is singular', () => {
    const english = messagesFor('en-US');
    const french = messagesFor('fr-FR');
    expect([0, 1, 2].map(english.problemsInPosts)).toEqual([
      '0 problems in your posts',
      '1 problem in your posts',
      '2 problems in your posts',
    ]);
    expect([0, 1, 2].map(french.problemsInPosts)).toEqual([
      '0 problème dans vos articles',
      '1 problème dans vos articles',
      '2 problèmes dans vos articles',
    ]);
  });

  it('writes numbers the locale’s way', () => {
    expect(messagesFor('en-US').pageOfPages(1, 1200)).toBe('Page 1 of 1,200');
    expect(messagesFor('fr-FR').pageOfPages(1, 1200)).toBe('Page 1 sur 1\u202f200');
  });

  it('counts posts and search results with each language’s plural rules', () => {
    expect([0, 1, 2].map(messagesFor('en').postCount)).toEqual(['0 posts', '1 post', '2 posts']);
    expect([0, 1, 2].map(messagesFor('fr').postCount)).toEqual([
      '0 article',
      '1 article',
      '2 articles',
    ]);
    expect(messagesFor('en').searchResultCount(2, 'a#b')).toBe('2 posts match “a#b”.');
    expect(messagesFor('fr').searchResultCount(0, 'x')).toBe('0 article correspond à « x ».');
  });

  it('uses the language’s catalog for any region, and English for unknown languages', () => {
    expect(messagesFor('fr-CA').skipToContent).toBe('Aller au contenu');
    expect(messagesFor('fr').skipToContent).toBe('Aller au contenu');
    expect(messagesFor('de-DE').skipToContent).toBe('Skip to content');
    expect(messagesFor('ja').problemsInPosts(3)).toBe('3 problems in your posts');
  });

  it('has a French translation of every English string', () => {
    const tools = createLocaleTools('fr');
    expect(Object.keys(frenchMessages(tools)).sort()).toEqual(
      Object.keys(englishMessages(tools)).sort(),
    );
  });
});
