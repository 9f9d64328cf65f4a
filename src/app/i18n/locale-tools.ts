/**
 * What a catalog needs to build sentences with numbers in its language: the plural category
 * of a count (Intl.PluralRules: English has one/other, French counts 0 as "one", Polish has
 * few/many…) and the count written the locale's way (Intl.NumberFormat: 1,234 or 1 234).
 */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  /** Required: every language has it, and it is the fallback for a missing form. */
  other: string;
}

export interface LocaleTools {
  /** The BCP 47 locale the sentences are for (the site's `locale`). */
  locale: string;
  /** The form of `forms` for `count`, with every `#` replaced by the formatted count. */
  plural: (count: number, forms: PluralForms) => string;
  /** A number in the locale's digits and grouping. */
  number: (value: number) => string;
}

export function createLocaleTools(locale: string): LocaleTools {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const number = (value: number) => numbers.format(value);
  return {
    locale,
    number,
    plural: (count, forms) =>
      (forms[rules.select(count)] ?? forms.other).replaceAll('#', number(count)),
  };
}
