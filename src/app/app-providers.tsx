import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import type { SiteConfig } from '../content/site-config.ts';
import { SiteProvider } from './site-context.tsx';

/**
 * What wraps the router in the browser and in the prerenderer alike: the same tree on both
 * sides is what makes hydration match.
 */
export function AppProviders(props: {
  site: SiteConfig;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <SiteProvider site={props.site}>
        <QueryClientProvider client={props.queryClient}>{props.children}</QueryClientProvider>
      </SiteProvider>
    </StrictMode>
  );
}
