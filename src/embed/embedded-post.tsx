import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { SiteProvider } from '../app/site-context.tsx';
import { ArticleView } from '../app/views/article-view.tsx';
import type { Post } from '../content/post-schema.ts';
import { createClickHandler } from './embed-clicks.ts';
import { emitFolioEvent } from './embed-events.ts';
import { sectionCountOf, type PostView } from './embed-options.ts';
import { EmbedMessage } from './embed-message.tsx';
import { prepareHtml } from './embed-html.ts';
import { embedPostQuery } from './embed-queries.ts';
import { EmbedQueryStates } from './embed-query-states.tsx';
import { EmbedShell } from './embed-shell.tsx';
import { adoptPostStyles } from './shadow-sheets.ts';
import { postLocations, postUrl, type PostLocation } from './embed-source.ts';
import { remoteSite } from './remote-site.ts';

export interface EmbeddedPostOptions {
  /** The post's permalink URL, or its post JSON URL (`…/folio-data/v1/posts/….json`). */
  src: string;
  /** The site's base path (`/blog/`), when `src` is a permalink on a site under one. */
  base?: string | null;
  /** BCP 47 locale of dates; default the reader's. */
  locale?: string | null;
  /** IANA time zone of dates; default the post's own UTC offset. */
  timeZone?: string | null;
  /** `teaser`: its first sections and a link to the rest; `full` (when absent): the whole
   * post. `<FolioPost>` picks its own default with postViewOf. */
  view?: PostView;
  /** Show at most this many sections (the untitled opening counts); default all, teaser 1. */
  sections?: number | string | null;
}

/** One post, rendered with the app's article view, for `<folio-post>` and `<FolioPost>`. */
export function EmbeddedPost({ host, ...options }: EmbeddedPostOptions & { host: HTMLElement }) {
  const locations = useMemo(
    () => postLocations(options.src, host.ownerDocument.baseURI, options.base),
    [options.src, options.base, host],
  );
  if (locations === null || locations.length === 0) {
    return (
      <EmbedShell>
        <EmbedMessage
          title="No post to show"
          text={`“${options.src}” is not the address of a Folio post.`}
        />
      </EmbedShell>
    );
  }
  return <PostLoader host={host} locations={locations} options={options} />;
}

function PostLoader(props: {
  host: HTMLElement;
  locations: PostLocation[];
  options: EmbeddedPostOptions;
}) {
  const query = useQuery(embedPostQuery(props.locations));
  return (
    <EmbedQueryStates
      query={query}
      notFound={{
        title: 'Post not found',
        text: `There is no post at ${props.options.src}. It may have moved.`,
      }}
      failedTitle="Could not load this post"
    >
      {({ post, location }) => (
        <PostView host={props.host} post={post} location={location} options={props.options} />
      )}
    </EmbedQueryStates>
  );
}

function PostView(props: {
  host: HTMLElement;
  post: Post;
  location: PostLocation;
  options: EmbeddedPostOptions;
}) {
  const { host, location, options } = props;
  const url = postUrl({ siteUrl: location.siteUrl, path: props.post.path });
  const site = useMemo(
    () =>
      remoteSite({
        siteUrl: location.siteUrl,
        locale: options.locale,
        timeZone: options.timeZone,
        date: props.post.date,
      }),
    [location.siteUrl, options.locale, options.timeZone, props.post.date],
  );
  const count = sectionCountOf(options.sections, options.view ?? 'full');
  const { post, css } = useMemo(() => {
    const shown = { ...props.post, sections: props.post.sections.slice(0, count) };
    return prepareHtml(shown, location.siteUrl, host.ownerDocument);
  }, [props.post, count, location.siteUrl, host]);
  useEffect(() => {
    const root = host.shadowRoot;
    return root === null ? undefined : adoptPostStyles(root, css);
  }, [host, css]);
  const onClick = useMemo(() => createClickHandler(host, url), [host, url]);
  useEffect(() => {
    emitFolioEvent(host, 'folio:view', { kind: 'post', url, title: post.title });
  }, [host, url, post.title]);
  return (
    <SiteProvider site={site}>
      <EmbedShell onClick={onClick}>
        <ArticleView post={post} />
        <p className="folio-embed-more">
          <a href={url}>Read the full post</a>
        </p>
      </EmbedShell>
    </SiteProvider>
  );
}
