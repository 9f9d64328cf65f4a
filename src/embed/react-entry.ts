/**
 * The React package (`npm pack` → README "Embedding", React): React is the host's (a peer
 * dependency), each component is its own module so a bundler keeps only what is imported.
 */
export { FolioPost, type FolioPostProps } from './folio-post.tsx';
export { FolioPosts, type FolioPostsProps } from './folio-posts.tsx';
export type { EmbedTheme, PostView, PostsView } from './embed-options.ts';
export type {
  FolioAnchorCopyDetail,
  FolioEventMap,
  FolioNavigateDetail,
  FolioViewDetail,
} from './embed-events.ts';
