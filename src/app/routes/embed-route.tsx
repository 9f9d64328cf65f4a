import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { useLoaderData, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { EMBED_SEGMENT } from '../../content/page-kinds.ts';
import { normalizePostPath, type PostPath } from '../../content/post-path.ts';
import type { SiteConfig } from '../../content/site-config.ts';
import { postQuery } from '../data/post-query.ts';
import { pageUrl, type HeadTag } from '../head/head-tags.ts';
import { useHead } from '../head/use-head.ts';
import { useSite } from '../site-context.tsx';
import { ArticleView } from '../views/article-view.tsx';
import { LoadingView } from '../views/loading-view.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';
import { postPathOf } from './post-route.tsx';

/*
 * The iframe variant of every post, at `<permalink>embed/` (EMBED_SEGMENT; no permalink may
 * end in it, permalink-policy.ts). Minimal chrome: the article and a link to the full post.
 * It tells the page that frames it how tall it is (`postMessage`, see README "Embedding") so
 * the host can size the iframe to fit.
 */

/** The message the embed page posts to its parent whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'folio:embed-height';

/** Permalinks are at most this deep (`/2016/04/26/slug/` is 4). */
const MAX_DEPTH = 8;

/**
 * One route per permalink depth (`:p1/embed`, `:p1/:p2/embed`, …): react-router has no splat
 * in the middle of a path, and a static `embed` segment outranks the post route's `*`.
 */
export function createEmbedRoutes(queryClient: QueryClient, site: SiteConfig): RouteObject[] {
  const loader = createEmbedLoader(queryClient, site);
  return Array.from({ length: MAX_DEPTH }, (_, index) => ({
    id: `embed-${index + 1}`,
    path: `${Array.from({ length: index + 1 }, (_, n) => `:p${n + 1}`).join('/')}/${EMBED_SEGMENT}`,
    loader,
    Component: EmbedRoute,
    ErrorBoundary: RouteErrorBoundary,
    HydrateFallback: LoadingView,
  }));
}

/** `/base/blog/a/embed/` → the post path `/blog/a/`. */
export function embeddedPostPath(requestUrl: string, base: string): PostPath {
  const path = postPathOf(requestUrl, base);
  return normalizePostPath(path.slice(0, -(EMBED_SEGMENT.length + 1)));
}

function createEmbedLoader(queryClient: QueryClient, site: SiteConfig) {
  return async ({ request }: LoaderFunctionArgs) => {
    const path = embeddedPostPath(request.url, site.base);
    await queryClient.ensureQueryData(postQuery(site, path));
    return { path };
  };
}

function EmbedRoute() {
  const { path } = useLoaderData<ReturnType<typeof createEmbedLoader>>();
  const site = useSite();
  const { data: post } = useSuspenseQuery(postQuery(site, path));
  const canonical = pageUrl(site, post.path);
  const container = useRef<HTMLDivElement>(null);
  useHead(
    useMemo(
      (): HeadTag[] => [
        { kind: 'title', text: `${post.title} — ${site.title}` },
        { kind: 'meta', attributes: { name: 'robots', content: 'noindex' } },
        { kind: 'link', attributes: { rel: 'canonical', href: canonical } },
      ],
      [post.title, site.title, canonical],
    ),
  );
  useReportHeight(container);
  return (
    // The app's own classes (no stylesheet of its own): the main column, and a byline-styled
    // link to the full post.
    <div className="folio-main" ref={container}>
      <ArticleView post={post} onClick={openOutside} />
      <p className="folio-byline">
        <a href={canonical} target="_top">
          Read on {site.title}
        </a>
      </p>
    </div>
  );
}

/**
 * Links in a framed page would open inside the frame; they open in the host's tab instead.
 * Section anchors (`#id`) stay in the frame.
 */
function openOutside(event: MouseEvent<HTMLElement>): void {
  if (!(event.target instanceof Element)) return;
  const anchor = event.target.closest('a');
  if (anchor === null || (anchor.getAttribute('href') ?? '').startsWith('#')) return;
  if (anchor.target === '') anchor.target = '_top';
}

/**
 * Posts `{ type: 'folio:embed-height', height }` to the parent on every size change. The
 * target origin is `*` because the host is unknown; a height is no secret. The host checks
 * `event.origin` (README "Embedding").
 */
function useReportHeight(container: { current: HTMLElement | null }): void {
  useEffect(() => {
    const element = container.current;
    if (element === null || window.parent === window) return;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [container]);
}
