/**
 * The comma between the parts of an address. Not a list: `Intl.ListFormat` would write "Bruxelles et
 * Belgique" (fr) or "بروكسل وبلجيكا" (ar), where an address has only commas.
 */
export function addressSeparator(locale: string): string {
  const language = locale.split('-')[0].toLowerCase();
  if (['ar', 'fa', 'ur', 'ps'].includes(language)) return '، ';
  return ', ';
}
