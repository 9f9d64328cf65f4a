import { createContext, useContext, type ReactNode } from 'react';
import type { SiteConfig } from '../content/site-config.ts';

/**
 * Views read the site config from context rather than from `virtual:folio/site`, so the same
 * views run in tests, in the prerenderer and in the embed with whatever config they are given.
 */
const SiteContext = createContext<SiteConfig | null>(null);

export function SiteProvider({ site, children }: { site: SiteConfig; children: ReactNode }) {
  return <SiteContext value={site}>{children}</SiteContext>;
}

export function useSite(): SiteConfig {
  const site = useContext(SiteContext);
  if (site === null) throw new Error('useSite() needs a <SiteProvider> above it.');
  return site;
}
