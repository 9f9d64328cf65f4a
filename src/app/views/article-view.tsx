import type { MouseEventHandler, ReactNode } from 'react';
import type { Post } from '../../content/post-schema.ts';
import { ArticleSection } from './article-section.tsx';
import { BylineAuthor, BylineDate, BylineSeparator, ReadingTime } from './byline-parts.tsx';
import { PostStatusBadge } from './post-status-badge.tsx';
import { TableOfContents } from './table-of-contents.tsx';
import { useCopyLink } from '../hooks/use-copy-link.ts';

interface ArticleViewProps {
  post: Post;
  /** Lets the app route clicks on links inside the post HTML without a full page load. */
  onClick?: MouseEventHandler<HTMLElement>;
  /** Show the table of contents (the site's own post page; not embeds, which lack its styles). */
  contents?: boolean;
  /**
   * Link the author to their page and the date to its month (the site's own post page: they
   * are router links, and an embed has no router).
   */
  bylineLinks?: boolean;
  /** Shown at the end of the article, inside it (previous/next and related posts). */
  footer?: ReactNode;
}

/** A whole post: title, byline, then its sections in order. */
export function ArticleView({
  post,
  onClick,
  contents = false,
  bylineLinks = false,
  footer,
}: ArticleViewProps) {
  const { status, copyLink } = useCopyLink();
  return (
    // The click handler only delegates clicks on links; the links themselves stay real links,
    // so keyboard users activate them (Enter fires click) like everyone else.
    <article className="folio-article" onClick={onClick}>
      <header className="folio-article-header">
        <PostStatusBadge post={post} />
        <h1 className="folio-article-title">{post.title}</h1>
        <p className="folio-byline">
          <BylineAuthor author={post.author} link={bylineLinks} by />
          {post.author !== '' && <BylineSeparator />}
          <BylineDate iso={post.date} link={bylineLinks} />
          {post.readingMinutes !== undefined && <BylineSeparator />}
          <ReadingTime minutes={post.readingMinutes} />
        </p>
      </header>
      {contents && <TableOfContents sections={post.sections} />}
      {post.sections.map((section, index) => (
        <ArticleSection
          key={`${String(index)}-${section.id}`}
          section={section}
          onCopyLink={copyLink}
        />
      ))}
      {footer}
      {/* Always rendered, so screen readers already watch it when the confirmation appears. */}
      <p role="status" className="folio-copy-status">
        {status}
      </p>
    </article>
  );
}
