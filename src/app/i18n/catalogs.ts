import { createLocaleTools, type LocaleTools } from './locale-tools.ts';
import { frenchMessages } from './messages-fr.ts';
import { englishMessages, type Messages } from './messages.ts';

/** A language's translations; keys it leaves out are shown in English. */
export type Catalog = (t: LocaleTools) => Partial<Messages>;

/**
 * Catalogs by primary language subtag: `fr-CA` and `fr-FR` both read `fr`. Region-specific
 * wording would go under the full tag (`pt-BR`), which is tried first. To add a language,
 * write `messages-xx.ts` and list it here.
 */
const catalogs: Record<string, Catalog> = {
  fr: frenchMessages,
};

/** Built once per locale: head tags ask on every navigation. */
const built = new Map<string, Messages>();

/**
 * The interface strings for a locale: its catalog over English, numbers in that locale.
 * Components call useMessages(); code outside React (head tags) calls this with the site's
 * `locale`.
 */
export function messagesFor(locale: string): Messages {
  let messages = built.get(locale);
  if (messages === undefined) {
    messages = build(locale);
    built.set(locale, messages);
  }
  return messages;
}

function build(locale: string): Messages {
  const tools = createLocaleTools(locale);
  const catalog = catalogs[locale] ?? catalogs[primaryLanguage(locale)];
  const english = englishMessages(tools);
  return catalog === undefined ? english : { ...english, ...catalog(tools) };
}

function primaryLanguage(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return locale.split(/[-_]/)[0]?.toLowerCase() ?? locale;
  }
}
