import type { LocalizedText } from './types.js';

/** Text chosen for a visitor, with the language it is really in (when the feed says). */
export interface ResolvedText {
  text: string;
  /** The language of `text` when known, e.g. `fr`; empty when the feed gave a plain string. */
  lang: string;
}

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0];
}

/**
 * Picks the text for `locale` (exact tag, then primary subtag), then for the feed's
 * `defaultLocale`, then any text there is.
 */
export function resolveText(
  text: LocalizedText | undefined,
  locale: string,
  defaultLocale = 'en',
): ResolvedText {
  if (text === undefined) return { text: '', lang: '' };
  if (typeof text === 'string') return { text, lang: '' };
  const entries = Object.entries(text);
  const find = (tag: string) =>
    entries.find(([k]) => k.toLowerCase() === tag.toLowerCase()) ??
    entries.find(([k]) => primary(k) === primary(tag));
  const [lang, value] = find(locale) ?? find(defaultLocale) ?? entries[0] ?? ['', ''];
  return { text: value, lang };
}

/** The text alone, for places where the language does not matter (search, sorting). */
export function textOf(text: LocalizedText | undefined, locale: string, defaultLocale = 'en'): string {
  return resolveText(text, locale, defaultLocale).text;
}
