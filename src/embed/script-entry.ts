// The script-tag build (`<script type="module" src=".../folio-embed.js">`): defines
// <folio-post> and <folio-posts>, with React bundled in.
import { defineFolioElements } from './define-elements.tsx';

defineFolioElements();
