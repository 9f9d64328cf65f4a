import {
  lazy,
  Suspense,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useLocation, useNavigate } from 'react-router';
import { normalizePostPath } from '../../content/post-path.ts';
import { SEARCH_PAGE_PATH } from '../../content/search-paths.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { searchPageUrl } from './search-url.ts';
import { useSlashShortcut } from './use-slash-shortcut.ts';
import '../styles/search.css';

/** The results panel and the search code behind it: loaded on first use (launcher-panel.tsx). */
const LauncherPanel = lazy(() => import('./launcher-panel.tsx'));

/**
 * The search box of the site header. Focusing it (or pressing `/` anywhere) loads the index;
 * typing shows the best results in a panel under it, Enter opens the search page with the
 * query, Escape closes the panel, then clears the box. On the search page itself the page's
 * own box takes over, so there is one search box per page.
 */
export function SearchLauncher() {
  const { pathname } = useLocation();
  if (normalizePostPath(pathname) === SEARCH_PAGE_PATH) return null;
  return <LauncherBox />;
}

function LauncherBox() {
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const messages = useMessages();
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  // The search code and the index load on first focus, not with the page: most readers
  // never search.
  const [wanted, setWanted] = useState(false);
  useSlashShortcut(input);

  const reset = () => {
    setValue('');
    setOpen(false);
  };
  const showing = open && value.trim() !== '';

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (showing) setOpen(false);
      else if (value !== '') setValue('');
      else input.current?.blur();
    } else if (event.key === 'ArrowDown') {
      const first = panel.current?.querySelector('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  // Leaving the launcher (Tab past the last result, a click elsewhere) closes the panel.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
      setOpen(false);
  };

  return (
    <div className="folio-search-launcher" onBlur={onBlur}>
      <form
        role="search"
        aria-label={messages.siteSearch}
        className="folio-search-launcher-form"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(searchPageUrl(value));
          reset();
        }}
      >
        <label className="folio-visually-hidden" htmlFor={`${id}-input`}>
          {messages.searchPosts}
        </label>
        <input
          id={`${id}-input`}
          ref={input}
          className="folio-search-launcher-input"
          type="search"
          placeholder={messages.search}
          value={value}
          onFocus={() => {
            setWanted(true);
            setOpen(true);
          }}
          onChange={(event) => {
            setValue(event.target.value);
            setWanted(true);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          aria-keyshortcuts="/"
          aria-controls={wanted ? `${id}-panel` : undefined}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
        />
        {/* The key itself (as in aria-keyshortcuts), the same in every language. */}
        <kbd className="folio-search-key" aria-hidden="true">
          /
        </kbd>
      </form>
      {wanted && (
        <Suspense fallback={null}>
          <LauncherPanel
            id={`${id}-panel`}
            value={value}
            open={open}
            input={input}
            panel={panel}
            onNavigate={reset}
          />
        </Suspense>
      )}
    </div>
  );
}
