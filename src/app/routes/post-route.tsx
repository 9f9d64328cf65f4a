import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { normalizePostPath, type PostPath } from '../../content/post-path.ts';
import { sitePathOf } from '../../content/site-url.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { isNotFoundError } from '../data/data-errors.ts';
import { postQuery } from '../data/post-query.ts';
import { postHead } from '../head/head-tags.ts';
import { useHead } from '../head/use-head.ts';
import { useHashFocus } from '../hooks/use-hash-focus.ts';
import { useInternalLinks } from '../hooks/use-internal-links.ts';
import { useSite } from '../site-context.tsx';
import { ArticleView } from '../views/article-view.tsx';
import { NotFoundView } from '../views/not-found-view.tsx';
import { PostNavigation } from '../views/post-navigation.tsx';

/**
 * The permalink path of a request, relative to the site base: `/blog/a` → `/blog/a/`. The one
 * place the router's location becomes a post path.
 */
export function postPathOf(requestUrl: string, base: string): PostPath {
  const { pathname } = new URL(requestUrl);
  return normalizePostPath(sitePathOf(pathname, base) ?? pathname);
}

/** Loads the post before the route renders, so navigation shows no spinner. */
export function createPostLoader(queryClient: QueryClient, site: SiteConfig) {
  return async ({ request }: LoaderFunctionArgs) => {
    const path = postPathOf(request.url, site.base);
    await queryClient.ensureQueryData(postQuery(site, path));
    return { path };
  };
}

export function PostRoute() {
  const { path } = useLoaderData<ReturnType<typeof createPostLoader>>();
  const site = useSite();
  const { data: post, error } = useSuspenseQuery(postQuery(site, path));
  const onClick = useInternalLinks();
  useHead(useMemo(() => postHead(site, post), [site, post]));
  useHashFocus();
  // In dev a post file can be deleted while it is open: its refetch then answers 404.
  if (isNotFoundError(error)) return <NotFoundView />;
  return (
    <ArticleView
      post={post}
      onClick={onClick}
      contents
      bylineLinks
      footer={<PostNavigation nav={post.nav} />}
    />
  );
}
