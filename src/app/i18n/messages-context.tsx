import { createContext, useContext, type ReactNode } from 'react';
import { englishMessages } from './messages.ts';
import { createLocaleTools } from './locale-tools.ts';
import type { Messages } from './messages.ts';
import { useMessages } from './use-messages.ts';

/**
 * For the few views that the embed also renders outside any SiteProvider (LoadingView):
 * the site frame provides the site's messages, and without it they are English. Every other
 * view calls useMessages(), which needs the site config.
 */
const MessagesContext = createContext<Messages | null>(null);

const fallback = englishMessages(createLocaleTools('en'));

export function SiteMessagesProvider({ children }: { children: ReactNode }) {
  return <MessagesContext value={useMessages()}>{children}</MessagesContext>;
}

export function useMessagesOrEnglish(): Messages {
  return useContext(MessagesContext) ?? fallback;
}
