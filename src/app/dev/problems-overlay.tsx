import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { DevProblem } from '../../content/dev-protocol.ts';
import { useSite } from '../site-context.tsx';
import { problemsQuery } from './problems-query.ts';
import { useMessages } from '../i18n/use-messages.ts';

/**
 * Dev preview only: the errors of every broken post, over the page, with file:line, the field
 * and a hint — the same lines the terminal prints. It disappears by itself once the posts are
 * fixed; "Hide" dismisses the current list until it changes.
 */
export function ProblemsOverlay() {
  const site = useSite();
  const messages = useMessages();
  const { data } = useQuery(problemsQuery(site));
  const [hidden, setHidden] = useState<string>();
  const headingId = useId();
  const problems = data?.problems ?? [];
  const signature = JSON.stringify(problems);
  if (problems.length === 0 || hidden === signature) return null;

  return (
    <section className="folio-dev-overlay" role="alert" aria-labelledby={headingId}>
      <div className="folio-dev-overlay-header">
        <h2 id={headingId}>{messages.problemsInPosts(problems.length)}</h2>
        <button type="button" onClick={() => setHidden(signature)}>
          {messages.hide}
        </button>
      </div>
      <p>{messages.lastGoodVersionShown}</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.file}:${problem.line}:${problem.field ?? ''}:${problem.message}`}>
            <ProblemLine problem={problem} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProblemLine({ problem }: { problem: DevProblem }) {
  const column = problem.column === undefined ? '' : `:${problem.column}`;
  return (
    <>
      <code className="folio-dev-location">
        {problem.file}:{problem.line}
        {column}
      </code>
      {problem.field !== undefined && <strong className="folio-dev-field">{problem.field}</strong>}
      <span className="folio-dev-message">{problem.message}</span>
      {problem.hint !== undefined && <span className="folio-dev-hint">{problem.hint}</span>}
    </>
  );
}
