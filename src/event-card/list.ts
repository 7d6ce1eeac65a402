/** A cached `Intl.ListFormat` ("English, French and German"), like the shared formatters of `i18n/intl.ts`. */
const cache = new Map<string, Intl.ListFormat>();

export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  const key = `${locale}|${options.type ?? ''}|${options.style ?? ''}`;
  let value = cache.get(key);
  if (!value) cache.set(key, (value = new Intl.ListFormat(locale, options)));
  return value;
}

/**
 * The comma between the parts of an address. Not a list: `Intl.ListFormat` would write "Bruxelles et
 * Belgique" (fr) or "بروكسل وبلجيكا" (ar), where an address has only commas.
 */
export function addressSeparator(locale: string): string {
  const language = locale.split('-')[0].toLowerCase();
  if (['ar', 'fa', 'ur', 'ps'].includes(language)) return '، ';
  return ', ';
}
