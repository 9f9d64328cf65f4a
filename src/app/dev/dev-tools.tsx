import '../styles/dev.css';
import { ProblemsOverlay } from './problems-overlay.tsx';

/**
 * Everything the dev preview adds to the page. Loaded lazily and only when
 * `import.meta.env.DEV` is true, so none of it reaches a production bundle.
 */
export default function DevTools() {
  return <ProblemsOverlay />;
}
