/** Cached `Intl` formatters: building one costs far more than using it. */

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached('dt', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('n', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function pluralRules(locale: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  return cached('p', locale, options, () => new Intl.PluralRules(locale, options));
}

export function collator(locale: string, options: Intl.CollatorOptions = {}): Intl.Collator {
  return cached('c', locale, options, () => new Intl.Collator(locale, options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return cached('l', locale, options, () => new Intl.ListFormat(locale, options));
}

export function relativeTimeFormat(locale: string, options: Intl.RelativeTimeFormatOptions = {}): Intl.RelativeTimeFormat {
  return cached('r', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

/** The name of a country (`FR`) in `locale`, or the code itself when Intl has no name. */
export function countryName(code: string, locale: string): string {
  try {
    return cached('dn-region', locale, {}, () => new Intl.DisplayNames(locale, { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The name of a language (`fr`) in `locale`, or the code itself when Intl has no name. */
export function languageName(code: string, locale: string): string {
  try {
    return cached('dn-language', locale, {}, () => new Intl.DisplayNames(locale, { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}

let zone: string | undefined;

/**
 * The visitor's IANA time zone. Asking Intl costs a formatter, and every element asks on each
 * render: the answer is kept until the current task ends (the zone may change between tasks).
 */
export function visitorTimeZone(): string {
  if (zone === undefined) {
    zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    setTimeout(() => (zone = undefined));
  }
  return zone;
}
