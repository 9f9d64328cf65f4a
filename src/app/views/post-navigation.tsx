import { useQueryClient } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { PostLink, PostNav } from '../../content/post-schema.ts';
import { postQuery } from '../data/post-query.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { useSite } from '../site-context.tsx';
import { PostDate } from './post-date.tsx';

/**
 * The end of an article: the posts published just before and after it (rel=prev/next), and
 * up to three with related titles. Like the index, pointing at or focusing a link starts
 * loading that post.
 */
export function PostNavigation({ nav }: { nav: PostNav | undefined }) {
  const headingId = useId();
  const messages = useMessages();
  if (nav === undefined) return null;
  const { previous, next, related } = nav;
  if (previous === null && next === null && related.length === 0) return null;
  return (
    <footer className="folio-post-footer">
      {(previous !== null || next !== null) && (
        <nav className="folio-adjacent-posts" aria-label={messages.adjacentPosts}>
          {previous !== null && (
            <AdjacentLink post={previous} rel="prev" label={messages.previousPost} />
          )}
          {next !== null && <AdjacentLink post={next} rel="next" label={messages.nextPost} />}
        </nav>
      )}
      {related.length > 0 && (
        <section className="folio-related-posts" aria-labelledby={headingId}>
          <h2 className="folio-related-heading" id={headingId}>
            {messages.relatedPosts}
          </h2>
          <ul className="folio-related-list">
            {related.map((post) => (
              <li key={post.path} className="folio-related-item">
                <PrefetchLink post={post}>{post.title}</PrefetchLink>
                <PostDate iso={post.date} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </footer>
  );
}

function AdjacentLink(props: { post: PostLink; rel: 'prev' | 'next'; label: string }) {
  return (
    <PrefetchLink
      post={props.post}
      rel={props.rel}
      className={`folio-adjacent-link folio-adjacent-${props.rel}`}
    >
      <span className="folio-adjacent-label">
        {props.rel === 'prev' && <span aria-hidden="true">← </span>}
        {props.label}
        {props.rel === 'next' && <span aria-hidden="true"> →</span>}
      </span>{' '}
      <span className="folio-adjacent-title">{props.post.title}</span>
    </PrefetchLink>
  );
}

function PrefetchLink(props: {
  post: PostLink;
  rel?: string;
  className?: string;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const site = useSite();
  const prefetch = () => void queryClient.prefetchQuery(postQuery(site, props.post.path));
  return (
    <Link
      to={props.post.path}
      rel={props.rel}
      className={props.className}
      onMouseEnter={prefetch}
      onFocus={prefetch}
    >
      {props.children}
    </Link>
  );
}
