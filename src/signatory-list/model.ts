/**
 * The signatory list's data work, kept apart from rendering so that it stays fast and testable:
 * search keys computed once per statement and locale, filtering, sorting and grouping.
 */
import type { Feed, Signatory, Statement } from '../feed/types.js';
import { resolveText } from '../feed/text.js';
import { collator, countryName } from '../i18n/intl.js';

/** How the visitor orders the list: as the feed lists it, by name, or by country then name. */
export type SortOrder = 'feed' | 'name' | 'country';
export const SORT_ORDERS: readonly SortOrder[] = ['feed', 'name', 'country'];

/** One signatory, with what searching and sorting need, computed once. */
export class Entry {
  #folded?: string;

  constructor(
    readonly signatory: Signatory,
    /** The country's name in the visitor's language ('' without a country). */
    readonly country: string,
    /** Index of its group in {@link Index.groups}. */
    readonly group: number,
    private readonly locale: string,
  ) {}

  /**
   * Name, country name and code, folded (see {@link fold}), separated by newlines. Computed on first
   * use, so that a long list shows before its search keys are ready (see {@link prepareSearch}).
   */
  get key(): string {
    return (this.#folded ??= fold(`${this.signatory.name}\n${this.country}\n${this.signatory.country ?? ''}`, this.locale));
  }
}

export interface GroupInfo {
  /** The group's id; '' for "Other signatories". */
  readonly id: string;
  /** Its name in the visitor's language, with the language it is really in; '' for "Other signatories". */
  readonly name: string;
  readonly lang: string;
}

/** A statement's signatories, prepared for one locale. */
export interface Index {
  readonly statement: Statement;
  readonly locale: string;
  readonly entries: readonly Entry[];
  /** The statement's groups in the feed's order, then "Other signatories" when some need it. Empty: one flat list. */
  readonly groups: readonly GroupInfo[];
  /** Entries in each order, sorted on first use. */
  readonly orders: Map<SortOrder, readonly Entry[]>;
}

// Letters that NFD does not take apart, written as their plain equivalents.
const FOLDS: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
  // Typographic apostrophes and Arabic tatweel: "L’Amicale" is found by "l'amicale".
  '’': "'",
  ʼ: "'",
  '‘': "'",
  ـ: '',
  // Arabic letters often written one for the other: alif maqsura and ya, ta marbuta and ha, alif wasla.
  ى: 'ي',
  ة: 'ه',
  ٱ: 'ا',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');
const PLAIN = /^[\n\x20-\x7e]*$/;

/**
 * Text as search compares it: without accents or other combining marks (which also removes
 * Arabic vowel marks and the hamza of أ), lower-cased, with œ, æ, ß, ø, ł... spelled out and
 * Arabic letters that writers interchange made one.
 */
export function fold(text: string, locale?: string): string {
  // Most names are plain ASCII: nothing to take apart or spell out.
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase(locale)
    .replace(FOLDABLE, (c) => FOLDS[c]);
}

/** The whitespace-separated terms of a query, folded; every term must match. */
export function queryTerms(query: string, locale?: string): string[] {
  return fold(query, locale).split(/\s+/u).filter(Boolean);
}

const cache = new WeakMap<Statement, Map<string, Index>>();

/** The statement's signatories prepared for `locale`; computed once per statement and locale. */
export function indexOf(statement: Statement, feed: Feed, locale: string): Index {
  let byLocale = cache.get(statement);
  if (!byLocale) cache.set(statement, (byLocale = new Map()));
  let index = byLocale.get(locale);
  if (!index) byLocale.set(locale, (index = buildIndex(statement, feed, locale)));
  return index;
}

function buildIndex(statement: Statement, feed: Feed, locale: string): Index {
  const declared = statement.groups ?? [];
  const position = new Map<string, number>();
  declared.forEach((g, i) => {
    if (!position.has(g.id)) position.set(g.id, i);
  });
  const other = declared.length;
  let hasOther = false;
  const names = new Map<string, string>();
  const entries = statement.signatories.map((signatory): Entry => {
    const code = signatory.country ?? '';
    let country = names.get(code);
    if (country === undefined) names.set(code, (country = code ? countryName(code, locale) : ''));
    const group = declared.length ? (position.get(signatory.group ?? '') ?? other) : 0;
    if (group === other && declared.length) hasOther = true;
    return new Entry(signatory, country, group, locale);
  });
  const groups: GroupInfo[] = declared.map((g) => {
    const { text, lang } = resolveText(g.name, locale, feed.defaultLocale);
    return { id: g.id, name: text, lang };
  });
  if (hasOther) groups.push({ id: '', name: '', lang: '' });
  return { statement, locale, entries, groups, orders: new Map([['feed', entries]]) };
}

/** Computes every search key now (e.g. while the browser is idle), so that the first keystroke is fast. */
export function prepareSearch(index: Index): void {
  for (const e of index.entries) void e.key;
}

/** The entries in `order`: the feed's, by name in the visitor's collation, or by country name then name. */
export function sorted(index: Index, order: SortOrder): readonly Entry[] {
  let entries = index.orders.get(order);
  if (!entries) {
    const compare = collator(index.locale, { sensitivity: 'base', numeric: true }).compare;
    const byName = (a: Entry, b: Entry) => compare(a.signatory.name, b.signatory.name);
    entries = [...index.entries].sort(
      order === 'name'
        ? byName
        : // Signatories without a country come last.
          (a, b) => (!a.country !== !b.country ? (a.country ? -1 : 1) : compare(a.country, b.country) || byName(a, b)),
    );
    index.orders.set(order, entries);
  }
  return entries;
}

/** The entries whose key holds every term, in the given order. */
export function filter(entries: readonly Entry[], terms: readonly string[]): readonly Entry[] {
  if (!terms.length) return entries;
  if (terms.length === 1) {
    const [term] = terms;
    return entries.filter((e) => e.key.includes(term));
  }
  return entries.filter((e) => terms.every((t) => e.key.includes(t)));
}

/** Matches put under their groups, in the groups' order; one bucket when the statement has no groups. */
export function bucket(index: Index, matches: readonly Entry[]): Entry[][] {
  const buckets: Entry[][] = index.groups.length ? index.groups.map(() => []) : [[]];
  for (const e of matches) buckets[e.group].push(e);
  return buckets;
}
