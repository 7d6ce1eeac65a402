/** A cached `Intl.ListFormat` ("English, French and German"), like the shared formatters of `i18n/intl.ts`. */
const cache = new Map<string, Intl.ListFormat>();

export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  const key = `${locale}|${options.type ?? ''}|${options.style ?? ''}`;
  let value = cache.get(key);
  if (!value) cache.set(key, (value = new Intl.ListFormat(locale, options)));
  return value;
}
