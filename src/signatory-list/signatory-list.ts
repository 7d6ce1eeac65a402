import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues, render, type TemplateResult } from 'lit';
import { CoalitionElement } from '../base/coalition-element.js';
import type { Feed, Statement } from '../feed/types.js';
import { collator, countryName, dateTimeFormat, numberFormat } from '../i18n/intl.js';
import { matchesText, signatoriesText } from './messages.js';
import {
  bucket,
  type Entry,
  filter,
  type Index,
  indexOf,
  prepareSearch,
  queryTerms,
  SORT_ORDERS,
  type SortOrder,
  sorted,
} from './model.js';
import { signatoryListStyles } from './signatory-list.styles.js';

/** Shown before "Show more" when the page does not say (`page-size`). */
const DEFAULT_PAGE_SIZE = 100;
/** Above this many names shown at once, only those on screen are in the document. */
const VIRTUALIZE_ABOVE = 1000;
/** The live region speaks once typing pauses, not at every key. */
const ANNOUNCE_DELAY = 500;

type LongList = typeof import('./long-list.js');
type SignatoryRows = import('./long-list.js').SignatoryRows;
/** A row of a virtualised list: a group's heading or a signatory. */
type Row = import('./long-list.js').SignatoryRow;
let longList: LongList | undefined;
let longListLoad: Promise<void> | undefined;

/**
 * The virtualizer, its layout and the virtualised list's rows are fetched only by a page that shows a
 * very long list at once.
 */
function loadLongList(): Promise<void> {
  longListLoad ??= import('./long-list.js').then(
    (m) => {
      longList = m;
    },
    (e: unknown) => console.error('coalition-widgets: the long list module could not be loaded', e),
  );
  return longListLoad;
}

const prepared = new WeakSet<Index>();

/** Search keys are computed while the browser is idle after the first render, not before it. */
function prepareWhenIdle(index: Index): void {
  if (prepared.has(index)) return;
  prepared.add(index);
  const run = () => prepareSearch(index);
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/**
 * The signatories of one statement of the coalition's feed (an open letter, a petition): its title
 * (linked to its text when the feed has a URL), its date and number of signatories, and a Sign link
 * when the statement has `signUrl`. Signatories stand under their groups' headings, in the feed's
 * group order (those whose group the statement does not declare under "Other signatories"), each with
 * their country's name in the visitor's language and a link when the feed has one.
 *
 * A search box filters as the visitor types, ignoring case and accents (also Arabic vowel marks):
 * "medicos" finds "Médicos del Mundo", and a country's name finds its signatories. The number of
 * matches is shown and, once typing pauses, announced to screen readers; Escape clears the search.
 * The list can be sorted by name (the visitor's collation) or by country, within each group.
 *
 * Long lists stay fast: the first `page-size` names show, with "Show more" and "Show all" buttons.
 * When more than a thousand names show at once, only those on screen are in the document.
 *
 * Without `statement`, it shows the feed's first statement.
 *
 * @summary Who signed a statement, under their groups, searchable, at any length.
 *
 * @slot - Fallback content, shown when the feed cannot be loaded or the statement is not found.
 * @csspart list - The box around everything.
 * @csspart title - The statement's title (a link to its text when the feed has one).
 * @csspart meta - The line with the statement's date and its number of signatories.
 * @csspart count - The number of signatories, e.g. "85 signatories".
 * @csspart sign - The link to sign the statement.
 * @csspart controls - The search box and the sort menu, with their labels.
 * @csspart search - The search box.
 * @csspart sort - The sort menu.
 * @csspart result - The number of matches of a search, or that none match.
 * @csspart group - A group of signatories, with its heading.
 * @csspart group-heading - A group's heading: its name and how many (matching) signatories it has.
 * @csspart signatories - A list of signatories.
 * @csspart signatory - One signatory: a name (a link when the feed has one) and a country.
 * @csspart country - A signatory's country, in the visitor's language.
 * @csspart more - The row with "Show more" and "Show all".
 * @csspart more-button - The "Show more" and "Show all" buttons.
 * @cssprop [--coalition-signatory-list-column-width=15rem] - Narrowest column of names; as many columns as fit.
 * @cssprop [--coalition-signatory-list-scroll-height=min(40rem, 80vh)] - Height of the scrolling box that a very long list shown at once (over a thousand names) stands in.
 * @cssprop [--coalition-signatory-list-loading-size=16rem] - Height kept free while the feed loads, so the page does not jump.
 */
export class CoalitionSignatoryList extends CoalitionElement {
  static override styles = [...CoalitionElement.styles, signatoryListStyles];

  static override properties: PropertyDeclarations = {
    _query: { state: true },
    _pages: { state: true },
    _announcement: { state: true },
    statement: { reflect: true },
    sort: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size', reflect: true },
  };

  /** @internal The search as typed. */
  declare private _query: string;
  /** @internal How many pages show (see `pageSize`); Infinity after "Show all". */
  declare private _pages: number;
  /** @internal What the live region says. */
  declare private _announcement: string;

  /** @internal */
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** @internal The signatory to focus after "Show more" (its position in the shown order). */
  #focusAfterUpdate?: number;
  /** @internal What the live region will say once typing pauses. */
  #pendingAnnouncement = '';
  /** @internal What the rows of the virtualised list are drawn from. */
  #rowsFrom?: [Index, Feed];
  /** @internal The virtualised list's rows (see long-list.ts), from its first render on. */
  #virtualRows?: SignatoryRows;
  /** @internal The last search: the entries searched, the query's terms, and the matches. */
  #searched?: [readonly Entry[], string, readonly Entry[]];

  /** The id of the statement to show. Without it: the feed's first statement. */
  declare statement?: string;

  /** The order of the signatories within each group: `feed` (as the feed lists them, the default), `name` or `country`. */
  declare sort: SortOrder;

  /** How many signatories show before "Show more", and how many more each press shows; `0` shows all. */
  declare pageSize: number;

  constructor() {
    super();
    this._query = '';
    this._pages = 1;
    this._announcement = '';
    this.sort = 'feed';
    this.pageSize = DEFAULT_PAGE_SIZE;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#virtualRows?.connected();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    this.#virtualRows?.disconnected();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('statement') && changed.get('statement') !== undefined) {
      this._query = '';
      this._announcement = '';
    }
    if (changed.has('statement') || changed.has('pageSize') || changed.has('sort')) this._pages = 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The virtualised list gets its rows once it is in the document, and lets them go once it has left.
    this.#virtualRows?.update(this.renderRoot.querySelector<HTMLElement>('.virtual'));
    const i = this.#focusAfterUpdate;
    if (i === undefined) return;
    this.#focusAfterUpdate = undefined;
    // In a virtualised list the row may not be drawn yet: the list focuses it once it is.
    if (!this.#focusSignatory(i)) this.#virtualRows?.focus(i);
  }

  /** Draws a row of the virtualised list: a group's heading, or a signatory. */
  readonly #drawRow = (row: Row, element: HTMLElement): void => {
    const [index, feed] = this.#rowsFrom!;
    render(
      'heading' in row
        ? html`<h4 part="group-heading" class="group-heading">${this.#renderGroupName(index, feed, row.heading, row.size)}</h4>`
        : this.#renderSignatoryContent(row.entry),
      element,
      { host: this },
    );
  };

  /** Focuses the signatory at position `i` of the shown order, when it is in the document. */
  #focusSignatory(i: number): boolean {
    const target = this.renderRoot.querySelector<HTMLElement>(`[data-i="${i}"]`);
    if (!target) return false;
    target.tabIndex = -1;
    target.focus();
    return true;
  }

  #onSearch(e: Event): void {
    this.#setQuery((e.currentTarget as HTMLInputElement).value);
  }

  #onSearchKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this._query) {
      e.preventDefault();
      (e.currentTarget as HTMLInputElement).value = '';
      this.#setQuery('');
    }
  }

  #setQuery(query: string): void {
    if (query === this._query) return;
    this._query = query;
    this._pages = 1;
    // The sentence to announce is written by render(); it is spoken once typing pauses.
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this._announcement = this.#pendingAnnouncement;
    }, ANNOUNCE_DELAY);
  }

  #onSort(e: Event): void {
    const value = (e.currentTarget as HTMLSelectElement).value as SortOrder;
    this.sort = SORT_ORDERS.includes(value) ? value : 'feed';
  }

  #onShowMore(shown: number): void {
    this._pages++;
    this.#focusAfterUpdate = shown;
  }

  async #onShowAll(shown: number, total: number): Promise<void> {
    // The long-list module first, so that focus goes to a row that stays.
    if (total > VIRTUALIZE_ABOVE) await loadLongList();
    this._pages = Infinity;
    this.#focusAfterUpdate = shown;
  }

  protected override prepare(): void {
    signatoriesText(2, this.#number(2), this.locale);
    countryName('FR', this.intlLocale);
    collator(this.intlLocale, { sensitivity: 'base', numeric: true }).compare('a', 'b');
    dateTimeFormat(this.intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    let statement: Statement | undefined;
    if (this.statement) {
      statement = feed.statements.find((s) => s.id === this.statement);
      if (!statement) return this.renderNotFound('statement', this.statement);
    } else {
      statement = feed.statements[0];
      if (!statement) return this.renderMessage(msg('There are no statements to show.', { id: 'signatory-list.no-statements' }));
    }
    const index = indexOf(statement, feed, this.intlLocale);
    prepareWhenIdle(index);
    const total = statement.signatories.length;
    return html`<article part="list" class="list" aria-labelledby="title">
      <header class="header">
        <h3 part="title" class="title" id="title">
          ${statement.url ? html`<a href=${statement.url}>${this.renderText(statement.title, feed)}</a>` : this.renderText(statement.title, feed)}
        </h3>
        <p part="meta" class="meta">
          ${this.#renderDate(statement)}<span part="count" class="count">${this.#count(total)}</span>
        </p>
        ${statement.signUrl
          ? html`<p class="actions">
              <a part="sign" class="sign" href=${statement.signUrl}
                >${msg('Sign this statement', { id: 'signatory-list.sign' })}<span class="visually-hidden"
                  >: ${this.renderText(statement.title, feed)}</span
                ></a
              >
            </p>`
          : nothing}
      </header>
      ${total === 0
        ? html`<p class="empty">${msg('No one has signed this statement yet.', { id: 'signatory-list.empty' })}</p>`
        : this.#renderBody(index, feed)}
    </article>`;
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="list skeleton">${super.renderLoading()}</div>`;
  }

  #renderDate(statement: Statement): TemplateResult | typeof nothing {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(statement.date ?? '');
    if (!m) return nothing;
    const date = dateTimeFormat(this.intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return html`<time datetime=${statement.date!}>${date}</time><span class="dot" aria-hidden="true"> · </span>`;
  }

  #renderBody(index: Index, feed: Feed): TemplateResult {
    const terms = queryTerms(this._query, index.locale);
    const order = SORT_ORDERS.includes(this.sort) ? this.sort : 'feed';
    // The same matches for the same search, so that a render for another reason redraws no row.
    const entries = sorted(index, order);
    const key = terms.join(' ');
    if (this.#searched?.[0] !== entries || this.#searched[1] !== key) this.#searched = [entries, key, filter(entries, terms)];
    const matches = this.#searched[2];
    const searching = terms.length > 0;
    // page-size="0" shows all; a value that is not a number, the default.
    const pageSize = !Number.isFinite(this.pageSize) ? DEFAULT_PAGE_SIZE : this.pageSize > 0 ? Math.ceil(this.pageSize) : Infinity;
    const limit = Math.min(matches.length, this._pages * pageSize);
    const result = searching
      ? matches.length
        ? matchesText(matches.length, this.#number(matches.length), this.locale)
        : msg(str`No signatory matches “${this._query.trim()}”.`, { id: 'signatory-list.no-match' })
      : '';
    this.#pendingAnnouncement = result;
    const virtual = limit > VIRTUALIZE_ABOVE;
    if (virtual && !longList) void loadLongList().then(() => this.requestUpdate());
    return html`
      <div part="controls" class="controls">
        <div class="field search-field">
          <label for="search">${msg('Search signatories', { id: 'signatory-list.search' })}</label>
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            .value=${this._query}
            @input=${this.#onSearch}
            @keydown=${this.#onSearchKey}
          />
        </div>
        <div class="field">
          <label for="sort">${msg('Sort by', { id: 'signatory-list.sort' })}</label>
          <select id="sort" part="sort" @change=${this.#onSort}>
            <option value="feed" ?selected=${order === 'feed'}>${msg('As listed', { id: 'signatory-list.sort-feed' })}</option>
            <option value="name" ?selected=${order === 'name'}>${msg('Name', { id: 'signatory-list.sort-name' })}</option>
            <option value="country" ?selected=${order === 'country'}>${msg('Country', { id: 'signatory-list.sort-country' })}</option>
          </select>
        </div>
      </div>
      <p part="result" class="result" ?hidden=${!searching}>${result}</p>
      <div class="visually-hidden" role="status">${this._announcement}</div>
      ${virtual && longList
        ? this.#renderVirtual(index, feed, matches)
        : // Until the long-list module is here, a thousand names.
          this.#renderGroups(index, feed, matches, Math.min(limit, virtual ? VIRTUALIZE_ABOVE : limit))}
      ${limit < matches.length ? this.#renderMore(limit, matches.length, pageSize) : nothing}
    `;
  }

  /** The first `limit` matches, under their groups' headings. */
  #renderGroups(index: Index, feed: Feed, matches: readonly Entry[], limit: number): TemplateResult {
    const buckets = bucket(index, matches);
    let shown = 0;
    return html`${buckets.map((entries, g) => {
      if (!entries.length) return nothing;
      const start = shown;
      const visible = entries.slice(0, Math.max(0, limit - start));
      shown += entries.length;
      if (!visible.length) return nothing;
      const list = html`<ul part="signatories" class="signatories">
        ${visible.map((e, i) => this.#renderSignatory(e, start + i))}
      </ul>`;
      if (!index.groups.length) return list;
      return html`<section part="group" class="group" aria-labelledby="group-${g}">
        <h4 part="group-heading" class="group-heading" id="group-${g}">${this.#renderGroupName(index, feed, g, entries.length)}</h4>
        ${list}
      </section>`;
    })}`;
  }

  /**
   * Every match at once, only those on screen in the document: rows (a group's heading or a
   * signatory) as high as their content, measured as they are drawn (see long-list.ts). The rows are
   * given to the list, and drawn, once it is in the document (see `updated`). Rendered only once the
   * long-list module is loaded.
   */
  #renderVirtual(index: Index, feed: Feed, matches: readonly Entry[]): TemplateResult {
    this.#virtualRows ??= new longList!.SignatoryRows({ bucket, draw: this.#drawRow, focus: (i) => this.#focusSignatory(i) });
    this.#virtualRows.show(index, matches);
    this.#rowsFrom = [index, feed];
    return html`<div
      part="signatories"
      class="virtual"
      role="list"
      tabindex="0"
      aria-label=${msg('Signatories', { id: 'signatory-list.signatories' })}
    ></div>`;
  }

  #renderGroupName(index: Index, feed: Feed, g: number, size: number): TemplateResult {
    const group = index.groups[g];
    const name = group.id
      ? this.renderText(index.statement.groups!.find((d) => d.id === group.id)!.name, feed)
      : html`<span>${msg('Other signatories', { id: 'signatory-list.other' })}</span>`;
    return html`${name} <span class="size">(${this.#number(size)})</span>`;
  }

  #renderSignatory(e: Entry, i: number): TemplateResult {
    return html`<li part="signatory" class="signatory" data-i=${i}>${this.#renderSignatoryContent(e)}</li>`;
  }

  /** A signatory's name (a link when the feed has one) and country. */
  #renderSignatoryContent(e: Entry): TemplateResult {
    const { name, url } = e.signatory;
    return html`${url ? html`<a href=${url}><bdi>${name}</bdi></a>` : html`<bdi class="name">${name}</bdi>`}${e.country
      ? html`<span class="visually-hidden">, </span><span part="country" class="country">${e.country}</span>`
      : nothing}`;
  }

  #renderMore(shown: number, total: number, pageSize: number): TemplateResult {
    const next = Math.min(pageSize, total - shown);
    return html`<div part="more" class="more">
      <p class="shown">
        ${msg(str`Showing ${this.#number(shown)} of ${this.#number(total)}`, { id: 'signatory-list.showing' })}
      </p>
      <button part="more-button" class="more-button" type="button" @click=${() => this.#onShowMore(shown)}>
        ${msg(str`Show ${this.#number(next)} more`, { id: 'signatory-list.show-more' })}
      </button>
      <button part="more-button" class="more-button" type="button" @click=${() => this.#onShowAll(shown, total)}>
        ${msg(str`Show all ${this.#number(total)}`, { id: 'signatory-list.show-all' })}
      </button>
    </div>`;
  }

  #count(n: number): string {
    return signatoriesText(n, this.#number(n), this.locale);
  }

  #number(n: number): string {
    return numberFormat(this.intlLocale).format(n);
  }
}
