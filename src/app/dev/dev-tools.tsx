import '../styles/dev.css';
import { HealthPanel } from './health-panel.tsx';
import { ProblemsOverlay } from './problems-overlay.tsx';

/**
 * Everything the dev preview adds to the page: the problems overlay and the open post's
 * import health report. Loaded lazily and only when
 * `import.meta.env.DEV` is true, so none of it reaches a production bundle.
 */
export default function DevTools() {
  return (
    <>
      <ProblemsOverlay />
      <HealthPanel />
    </>
  );
}
