import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { SiteProvider } from '../app/site-context.tsx';
import type { IndexPage } from '../content/post-schema.ts';
import { createClickHandler } from './embed-clicks.ts';
import { emitFolioEvent } from './embed-events.ts';
import { limitOf, postsViewOf, type PostsView } from './embed-options.ts';
import { EmbedMessage } from './embed-message.tsx';
import { embedIndexQuery } from './embed-queries.ts';
import { EmbedQueryStates } from './embed-query-states.tsx';
import { EmbedShell } from './embed-shell.tsx';
import { postUrl, siteUrlOf } from './embed-source.ts';
import { PostCard } from './post-card.tsx';
import { remoteSite } from './remote-site.ts';

export interface EmbeddedPostsOptions {
  /** The site's home page URL (`https://example.com/blog/`), or an index JSON URL. */
  src: string;
  /** How many of the latest posts (at most the site's page size); default 3. */
  limit?: number | string | null;
  locale?: string | null;
  timeZone?: string | null;
  /** `cards` (default): title, byline and excerpt; `compact`: title and date. */
  view?: PostsView | string | null;
}

/** The latest posts as cards linking to each post, for `<folio-posts>` and `<FolioPosts>`. */
export function EmbeddedPosts({ host, ...options }: EmbeddedPostsOptions & { host: HTMLElement }) {
  const siteUrl = useMemo(
    () => siteUrlOf(options.src, host.ownerDocument.baseURI),
    [options.src, host],
  );
  if (siteUrl === null) {
    return (
      <EmbedShell>
        <EmbedMessage
          title="No posts to show"
          text={`“${options.src}” is not the address of a Folio site.`}
        />
      </EmbedShell>
    );
  }
  return <PostsLoader host={host} siteUrl={siteUrl} options={options} />;
}

function PostsLoader(props: { host: HTMLElement; siteUrl: string; options: EmbeddedPostsOptions }) {
  const query = useQuery(embedIndexQuery(props.siteUrl));
  return (
    <EmbedQueryStates
      query={query}
      notFound={{ title: 'No posts found', text: `There is no Folio site at ${props.siteUrl}.` }}
      failedTitle="Could not load the posts"
    >
      {(index) => <PostList {...props} index={index} />}
    </EmbedQueryStates>
  );
}

function PostList(props: {
  host: HTMLElement;
  siteUrl: string;
  options: EmbeddedPostsOptions;
  index: IndexPage;
}) {
  const { host, siteUrl, options } = props;
  const posts = props.index.posts.slice(0, limitOf(options.limit));
  const site = remoteSite({
    siteUrl,
    locale: options.locale,
    timeZone: options.timeZone,
    date: posts[0]?.date,
  });
  const view = postsViewOf(options.view);
  const onClick = useMemo(() => createClickHandler(host, null), [host]);
  useEffect(() => {
    emitFolioEvent(host, 'folio:view', { kind: 'posts', url: siteUrl, title: '' });
  }, [host, siteUrl]);
  return (
    <SiteProvider site={site}>
      <EmbedShell onClick={onClick}>
        {posts.length === 0 ? (
          <p className="folio-empty">No posts yet.</p>
        ) : (
          <ol className={`folio-post-list folio-post-list-${view}`}>
            {posts.map((post) => (
              <PostCard
                key={post.path}
                post={post}
                url={postUrl({ siteUrl, path: post.path })}
                compact={view === 'compact'}
              />
            ))}
          </ol>
        )}
      </EmbedShell>
    </SiteProvider>
  );
}
