import type { PostSection } from '../../content/post-schema.ts';
import { useMessages } from '../i18n/use-messages.ts';

/**
 * One section of an article. The intro has no heading; every other section is labelled by
 * its h2, which carries a keyboard-reachable anchor link to itself; clicking it also copies
 * the section's URL.
 */
export function ArticleSection({
  section,
  onCopyLink,
}: {
  section: PostSection;
  /** Called with the anchor's absolute URL when it is clicked; the link still navigates. */
  onCopyLink?: (url: string) => void;
}) {
  const messages = useMessages();
  // This HTML was sanitized by the compiler at build time; that sanitizer is the only reason
  // it is trusted here. Never pass anything else to dangerouslySetInnerHTML.
  const body = <div className="folio-prose" dangerouslySetInnerHTML={{ __html: section.html }} />;
  if (section.level === 0) return <section className="folio-section">{body}</section>;
  if (section.id === '') {
    return (
      <section className="folio-section">
        <h2 className="folio-section-heading">{section.title}</h2>
        {body}
      </section>
    );
  }
  return (
    <section className="folio-section" aria-labelledby={section.id}>
      <h2 className="folio-section-heading" id={section.id}>
        {section.title}{' '}
        <a
          href={`#${section.id}`}
          className="folio-anchor"
          aria-label={messages.linkToSection(section.title)}
          onClick={(event) => onCopyLink?.(event.currentTarget.href)}
        >
          #
        </a>
      </h2>
      {body}
    </section>
  );
}
