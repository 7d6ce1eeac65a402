import { msg, str } from '@lit/localize';
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { CoalitionElement } from '../base/coalition-element.js';
import { isSafeLink } from '../feed/formats.js';
import type { Feed, Member } from '../feed/types.js';
import { textOf } from '../feed/text.js';
import { collator, countryName, numberFormat, pluralRules } from '../i18n/intl.js';
import type { WorldMap } from './geometry.js';
import { memberMapStyles } from './member-map.styles.js';
import { fitView, groupByCountry, membersIn, spread, type Box, type CountryGroup, type Point } from './model.js';

/** Radius of a marker in CSS pixels: from 3 on a phone to 6 on a wide map, whatever the zoom. */
const markerRadius = (mapWidth: number) => Math.min(Math.max(mapWidth / 160, 3), 6);

type GeometryState = { status: 'loading' | 'error' } | { status: 'ready'; world: WorldMap };

type GeometryImport = () => Promise<typeof import('./geometry.js')>;

/** The world map's geometry, loaded once for the page, the first time a map needs it. */
const geometries = new Map<GeometryImport, Promise<WorldMap>>();

function loadGeometry(load: GeometryImport): Promise<WorldMap> {
  let geometry = geometries.get(load);
  if (!geometry) {
    geometry = load().then((m) => m.worldMap());
    geometries.set(load, geometry);
    // A failed load may be retried by the next map (the network may be back).
    geometry.catch(() => geometries.delete(load));
  }
  return geometry;
}

/**
 * The plural category of `n` in `locale`. `one` and `two` are kept for exactly 1 and 2, whose
 * messages spell the number out in words where a language prefers it (Arabic); French puts 0 in
 * `one` too, and gets the `other` message for it.
 */
function category(n: number, locale: string): Intl.LDMLPluralRule {
  const c = pluralRules(locale).select(n);
  return (c === 'one' && n !== 1) || (c === 'two' && n !== 2) ? 'other' : c;
}

/** "33 member organisations", with the plural form of the visitor's language. */
function membersPhrase(n: number, locale: string): string {
  const count = numberFormat(locale).format(n);
  switch (category(n, locale)) {
    case 'zero':
      return msg(str`${count} member organisations`, { id: 'member-map.members-zero' });
    case 'one':
      return msg('1 member organisation', { id: 'member-map.members-one' });
    case 'two':
      return msg('2 member organisations', { id: 'member-map.members-two' });
    case 'few':
      return msg(str`${count} member organisations`, { id: 'member-map.members-few' });
    case 'many':
      return msg(str`${count} member organisations`, { id: 'member-map.members-many' });
    default:
      return msg(str`${count} member organisations`, { id: 'member-map.members-other' });
  }
}

/** "27 countries" (as in "in 27 countries"), with the plural form of the visitor's language. */
function countriesPhrase(n: number, locale: string): string {
  const count = numberFormat(locale).format(n);
  switch (category(n, locale)) {
    case 'zero':
      return msg(str`${count} countries`, { id: 'member-map.countries-zero' });
    case 'one':
      return msg('1 country', { id: 'member-map.countries-one' });
    case 'two':
      return msg('2 countries', { id: 'member-map.countries-two' });
    case 'few':
      return msg(str`${count} countries`, { id: 'member-map.countries-few' });
    case 'many':
      return msg(str`${count} countries`, { id: 'member-map.countries-many' });
    default:
      return msg(str`${count} countries`, { id: 'member-map.countries-other' });
  }
}

/**
 * The coalition's member organisations on a world map and in a list grouped by country.
 *
 * The map is drawn in the page as SVG from Natural Earth geometry shipped with the library: it makes
 * no request to any other server, so a page can embed it without a consent banner. The geometry is
 * a separate module, loaded only when a map is on the page; until it is there (or if it cannot be
 * loaded) the list works on its own. Each member has a marker at its coordinates, else at the
 * centre of its country; markers that would overlap are spread around their spot. Countries with
 * members are shaded; choosing one on the map (or a marker) narrows the list to it.
 *
 * The list is the accessible form of the map: countries named in the visitor's language and sorted
 * in their alphabetical order, each member with its city and a link to its site. Hovering or
 * focusing a member in the list highlights its marker.
 *
 * `country="FR"` narrows everything to one country; the map then shows the part of the world around
 * the members shown.
 *
 * @summary The coalition's members on a world map, with the same content as a list by country.
 *
 * @slot - Fallback content, shown when the feed cannot be loaded.
 * @csspart headline - The headline: "33 member organisations in 27 countries".
 * @csspart map - The box of the map (its room is kept while the map loads).
 * @csspart marker - A member's marker on the map (an SVG circle).
 * @csspart list - The list of members, grouped by country.
 * @csspart country - A country of the list: its name as a heading and its members.
 * @csspart member - A member in the list: its name (a link to its site when the feed has one) and city.
 * @cssprop [--coalition-map-land=#dde3ea] - Countries without members (dark scheme: #3c4043).
 * @cssprop [--coalition-map-member-land=#a8c7fa] - Countries with members (dark scheme: #30507a).
 * @cssprop [--coalition-map-marker=#b3261e] - Members' markers (dark scheme: #f2b8b5).
 * @cssprop [--coalition-map-border=#ffffff] - Borders between countries and around markers (dark scheme: #1f1f1f).
 * @cssprop [--coalition-map-ocean=#f3f6fb] - The sea, behind the countries (dark scheme: #171b21).
 */
export class CoalitionMemberMap extends CoalitionElement {
  static override styles = [...CoalitionElement.styles, memberMapStyles];

  /** @internal How the geometry module is loaded (a subclass may load it otherwise, e.g. to show the loading state). */
  static importGeometry: GeometryImport = () => import('./geometry.js');

  static override properties: PropertyDeclarations = {
    _geometry: { state: true },
    _chosen: { state: true },
    _highlight: { state: true },
    _mapWidth: { state: true },
    country: { reflect: true },
  };

  /** @internal */
  declare private _geometry: GeometryState;
  /** @internal Whether the geometry has been asked for. */
  #geometryRequested = false;
  /** @internal The country chosen on the map, if any. */
  declare private _chosen?: string;
  /** @internal The member (its id) or country (`country:FR`) that the pointer or focus is on in the list. */
  declare private _highlight?: string;
  /** @internal The width of the map in CSS pixels, so that markers keep their size. */
  declare private _mapWidth: number;

  /** @internal */
  #resizeObserver?: ResizeObserver;
  /** @internal */
  #observedMap?: Element;
  /** @internal The countries with members, as rendered last. */
  #shownCountries = new Set<string>();

  /** ISO 3166-1 alpha-2 code of the only country to show (any case), e.g. `FR`. */
  declare country?: string;

  constructor() {
    super();
    this._geometry = { status: 'loading' };
    this._mapWidth = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Asked for at once, while the feed is on its way, so that the map is drawn with the list.
    if (!this.#geometryRequested) this.#startGeometry();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#observedMap = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('country')) this._chosen = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const map = this.renderRoot.querySelector('.map');
    if (map !== this.#observedMap) {
      this.#resizeObserver?.disconnect();
      this.#observedMap = map ?? undefined;
      if (map) {
        this.#resizeObserver ??= new ResizeObserver((entries) => {
          const width = entries[entries.length - 1].contentRect.width;
          if (Math.abs(width - this._mapWidth) >= 1) this._mapWidth = width;
        });
        this.#resizeObserver.observe(map);
      }
    }
  }

  #startGeometry(): void {
    this.#geometryRequested = true;
    loadGeometry((this.constructor as typeof CoalitionMemberMap).importGeometry).then(
      (world) => (this._geometry = { status: 'ready', world }),
      (e: unknown) => {
        console.error('coalition-widgets: the map could not be loaded; the list shows the members', e);
        this._geometry = { status: 'error' };
      },
    );
  }

  #choose(country: string | undefined): void {
    this._chosen = country && country !== this._chosen ? country : undefined;
  }

  #onShowAll(): void {
    this._chosen = undefined;
  }

  protected override prepare(): void {
    const locale = this.intlLocale;
    membersPhrase(2, locale);
    countryName('FR', locale);
    collator(locale, { numeric: true }).compare('a', 'b');
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const narrowed = this.country?.trim().toUpperCase() || undefined;
    const members = membersIn(feed.members, narrowed);
    const locale = this.intlLocale;
    if (!members.length) {
      return narrowed
        ? this.renderMessage(
            msg(str`No member organisation is listed for ${countryName(narrowed, locale)}.`, { id: 'member-map.none-in-country' }),
          )
        : this.renderMessage(msg('There are no member organisations to show.', { id: 'member-map.no-members' }));
    }
    const groups = groupByCountry(
      members,
      (code) => countryName(code, locale),
      (m) => textOf(m.name, this.locale, feed.defaultLocale),
      collator(locale, { numeric: true }),
    );
    const headline = narrowed
      ? msg(str`${groups[0].name}: ${membersPhrase(members.length, locale)}`, { id: 'member-map.headline-country' })
      : msg(str`${membersPhrase(members.length, locale)} in ${countriesPhrase(groups.length, locale)}`, { id: 'member-map.headline' });
    this.#shownCountries = new Set(groups.map((g) => g.code));
    const chosen = this._chosen && groups.some((g) => g.code === this._chosen) ? this._chosen : undefined;
    const listed = chosen ? groups.filter((g) => g.code === chosen) : groups;
    return html`<h3 part="headline" class="headline" id="headline">${headline}</h3>
      ${this.#renderMap(members, groups, headline, feed)}
      ${chosen
        ? html`<div class="selection">
            <p role="status">${msg(str`Country shown: ${listed[0].name}`, { id: 'member-map.chosen' })}</p>
            <button type="button" @click=${this.#onShowAll}>${msg('Show all countries', { id: 'member-map.show-all' })}</button>
          </div>`
        : nothing}
      <div part="list" class="list">${listed.map((g) => this.#renderCountry(g, feed))}</div>`;
  }

  /** Keeps the room of the headline and the map while the feed loads. */
  protected override renderLoading(): TemplateResult {
    return html`${super.renderLoading()}
      <div class="loading-map" aria-hidden="true"></div>`;
  }

  #renderMap(members: Member[], groups: CountryGroup[], headline: string, feed: Feed): TemplateResult {
    const g = this._geometry;
    const label = msg(str`Map: ${headline}`, { id: 'member-map.map-label' });
    // The map is drawn left to right whatever the language; its text alternative is the list.
    return html`<div part="map" class="map ${g.status === 'error' ? 'failed' : ''}" dir="ltr">
      ${g.status === 'ready' ? this.#renderSvg(g.world, members, groups, label, feed) : nothing}
    </div>`;
  }

  #renderSvg(world: WorldMap, members: Member[], groups: CountryGroup[], label: string, feed: Feed): TemplateResult {
    const withMembers = new Set(groups.map((g) => g.code));
    const places = members.map((m) => world.place(m.country, m.coordinates));
    const boxes: Box[] = [];
    for (const code of withMembers) {
      const box = world.countryBox(code);
      if (box) boxes.push(box);
    }
    for (const p of places) if (p) boxes.push([p[0], p[1], p[0], p[1]]);
    const view = fitView(boxes, world.width, world.height);
    const viewWidth = view[2] - view[0];
    // Map units per CSS pixel: markers keep their size when the map is zoomed or resized.
    const mapWidth = this._mapWidth || 640;
    const r = markerRadius(mapWidth) * (viewWidth / mapWidth);
    const spots = spread(places, r * 2.2);
    const highlighted = this._highlight;
    const activeCountry = highlighted?.startsWith('country:') ? highlighted.slice(8) : undefined;
    const isActive = (m: Member) => m.id === highlighted || m.country === activeCountry;
    const order = members.map((m, i) => ({ m, p: spots[i] })).filter((x): x is { m: Member; p: Point } => !!x.p);
    // The highlighted markers are drawn last, on top of their neighbours.
    order.sort((a, b) => Number(isActive(a.m)) - Number(isActive(b.m)));
    return html`<svg
      viewBox=${[view[0], view[1], viewWidth, view[3] - view[1]].map((v) => v.toFixed(1)).join(' ')}
      role="img"
      aria-label=${label}
      @click=${this.#onMapClick}
    >
      <path class="land" d=${this.#landWithout(world, withMembers)}></path>
      ${world.countries
        .filter((c) => withMembers.has(c.code))
        .map(
          (c) =>
            svg`<path class="land member ${c.code === (activeCountry ?? this._chosen) ? 'active' : ''}" data-country=${c.code} d=${c.d}></path>`,
        )}
      ${order.map(({ m, p }) => this.#renderMarker(m, p, r, isActive(m), feed))}
    </svg>`;
  }

  /** The outlines of the countries without members, as one path (kept while the members' countries stay the same). */
  #land?: { world: WorldMap; key: string; d: string };

  /**
   * Every country without members in one path: they are all drawn alike and none reacts to the
   * pointer, so one element stands for over a hundred (a map builds and updates far faster).
   */
  #landWithout(world: WorldMap, withMembers: ReadonlySet<string>): string {
    const key = [...withMembers].sort().join();
    if (this.#land?.world !== world || this.#land.key !== key) {
      this.#land = { world, key, d: world.countries.filter((c) => !withMembers.has(c.code)).map((c) => c.d).join('') };
    }
    return this.#land.d;
  }

  #renderMarker(m: Member, p: Point, r: number, active: boolean, feed: Feed): SVGTemplateResult {
    return svg`<circle part="marker" class="marker ${active ? 'active' : ''}" data-member=${m.id} data-country=${m.country} cx=${p[0].toFixed(2)} cy=${p[1].toFixed(2)} r=${(active ? r * 1.4 : r).toFixed(2)}><title>${textOf(m.name, this.locale, feed.defaultLocale)}</title></circle>`;
  }

  #onMapClick(e: Event): void {
    const target = (e.target as Element).closest('[data-country]');
    const code = target?.getAttribute('data-country') ?? undefined;
    if (this.country) return; // already narrowed to one country
    this.#choose(code && this.#shownCountries.has(code) ? code : undefined);
  }

  #renderCountry(group: CountryGroup, feed: Feed): TemplateResult {
    const id = `country-${group.code}`;
    return html`<section
      part="country"
      class="country"
      aria-labelledby=${id}
      @mouseenter=${() => (this._highlight = `country:${group.code}`)}
      @mouseleave=${() => (this._highlight = undefined)}
    >
      <h4 id=${id}><span class="name">${group.name}</span> <span class="count">(${numberFormat(this.intlLocale).format(group.members.length)})</span></h4>
      <ul>
        ${group.members.map((m) => this.#renderMember(m, feed))}
      </ul>
    </section>`;
  }

  #renderMember(m: Member, feed: Feed): TemplateResult {
    const name = this.renderText(m.name, feed);
    const on = () => (this._highlight = m.id);
    const off = () => (this._highlight = this._highlight === m.id ? undefined : this._highlight);
    return html`<li
      part="member"
      class=${this._highlight === m.id ? 'active' : ''}
      @mouseenter=${on}
      @mouseleave=${off}
      @focusin=${on}
      @focusout=${off}
    >
      <bdi>${m.url && isSafeLink(m.url) ? html`<a href=${m.url}>${name}</a>` : name}</bdi>${m.city
        ? html`<span class="city">${msg(', ', { id: 'member-map.city-separator' })}<bdi>${this.renderText(m.city, feed)}</bdi></span>`
        : nothing}
    </li>`;
  }
}
