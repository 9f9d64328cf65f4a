import './styles/base.css';
import './styles/layout.css';
import './styles/index.css';
import './styles/article.css';
import './styles/toc.css';
import './styles/prose.css';
import './styles/prose-media.css';
import './styles/navigation.css';

/**
 * The page's one eager module. A prerendered page is complete without the app, so the browser
 * paints it first and only then fetches and runs the app (main.tsx), which hydrates it: on a
 * slow phone the article shows before the app's script is parsed (Lighthouse's mobile
 * LCP on the seed post went from 1.5 s to 0.9 s; `npm run bench`). Without prerendered data
 * (the dev server) the app starts at once.
 *
 * The stylesheets are imported here, in the entry, so the build emits one stylesheet that
 * index.html links (and the build inlines) instead of one loaded with the app.
 */
const start = () => void import('./main.tsx');
if (document.getElementById('folio-data') === null) start();
else requestAnimationFrame(() => setTimeout(start, 0));
