// The script-tag build (`<script type="module" src=".../folio-embed.js">`, published with the
// site by `npm run build`): defines <folio-post> and <folio-posts>, without React.
import { defineFolioElements } from './elements/define-elements.ts';

defineFolioElements();
