import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CoalitionElement } from '../base/coalition-element.js';
import { ClockController, now } from '../controllers/clock.js';
import { RegisterEvent } from '../events.js';
import type { CoalitionEvent, Feed, LocalizedText, Speaker } from '../feed/types.js';
import { textOf } from '../feed/text.js';
import { countryName, languageName, listFormat } from '../i18n/intl.js';
import { eventCardStyles } from './event-card.styles.js';
import { downloadIcs, toIcs } from './ics.js';
import { eventJsonLd, serialiseJsonLd } from './json-ld.js';
import { addressSeparator } from './list.js';
import {
  chooseEvent,
  DEFAULT_DURATION,
  endOf,
  type EventStatus,
  formatWhen,
  offsetMinutes,
  registrationOpen,
  relativeStart,
  startOf,
  statusAt,
} from './time.js';

/** With more speakers than this, the first few show and the rest behind "Show all speakers". */
const SPEAKERS_SHOWN = 4;
/** With more organisers than this, the first few show and the rest behind "Show all organisers". */
const ORGANISERS_SHOWN = 6;

/**
 * One event of the coalition's feed: its title and summary in the visitor's language, when it
 * happens in the event's time zone and the visitor's, where, in which languages, who organises and
 * speaks, a Register link while registration is open, and an Add to calendar button (.ics).
 *
 * Without `event`, it shows the next event that has not ended, else the one that ended last. Its
 * status (upcoming, happening now, ended) follows the clock without a reload. An event without `end`
 * is taken to last one hour.
 *
 * For search engines, a schema.org `Event` in JSON-LD is added to the element's light DOM (so to the
 * host page) while an event shows; `no-json-ld` turns that off.
 *
 * @summary An event with its Register link and its time in every time zone.
 *
 * @slot - Fallback content, shown when the feed cannot be loaded or the event is not found.
 * @fires {RegisterEvent} coalition-register - A Register link was followed (navigation goes on). `detail: { event, url }`.
 * @csspart card - The card around everything.
 * @csspart status - The status line: "Starts in 3 days", "Happening now", "This event has ended".
 * @csspart title - The event's title (a link to its page when the feed has one).
 * @csspart summary - The event's summary.
 * @csspart when - Date and time in the event's time zone and, when it differs, the visitor's.
 * @csspart where - "Online", or the place, city and country.
 * @csspart languages - The languages the event is offered in.
 * @csspart people - Organisers and speakers.
 * @csspart register - The Register link.
 * @csspart registration-closed - "Registration closed", once registration has closed.
 * @csspart calendar - The Add to calendar button.
 * @cssprop [--coalition-event-card-gap=0.75rem] - Space between the parts of the card.
 * @cssprop [--coalition-event-card-loading-size=20rem] - Height kept free while the feed loads, so the page does not jump.
 */
export class CoalitionEventCard extends CoalitionElement {
  static override styles = [...CoalitionElement.styles, eventCardStyles];

  static override properties: PropertyDeclarations = {
    _allSpeakers: { state: true },
    _allOrganisers: { state: true },
    event: { reflect: true },
    noJsonLd: { type: Boolean, attribute: 'no-json-ld', reflect: true },
  };

  /**
   * @internal Re-renders every minute until the card has shown the event as ended. It asks by what
   * was rendered, not by `now()`: the tick that crosses the end must still reach this card.
   */
  readonly #clock = new ClockController(this, () => (this.#shown && this.#shown.status !== 'ended' ? 60_000 : 0));

  /** @internal Whether every speaker shows. */
  declare private _allSpeakers: boolean;

  /** @internal Whether every organiser shows. */
  declare private _allOrganisers: boolean;

  /** @internal The event rendered last (with its feed), for the clock and the JSON-LD. */
  #shown?: { event: CoalitionEvent; feed: Feed; status: EventStatus };
  /** @internal */
  #jsonLd?: HTMLScriptElement;

  /** The id of the event to show. Without it: the next event that has not ended, else the latest past one. */
  declare event?: string;

  /** When present, no schema.org JSON-LD is added to the page. */
  declare noJsonLd: boolean;

  constructor() {
    super();
    this._allSpeakers = false;
    this._allOrganisers = false;
    this.noJsonLd = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: the JSON-LD removed on disconnect comes back with the next render.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#removeJsonLd();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('event')) {
      this._allSpeakers = false;
      this._allOrganisers = false;
    }
    this.#shown = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncJsonLd();
    // From minutes to none once the event has ended, or back when another event shows.
    this.#clock.reschedule();
  }

  protected override prepare(): void {
    const t = Date.now();
    const [locale, zone] = [this.intlLocale, this.zone];
    formatWhen(t, t + DEFAULT_DURATION, zone, locale);
    relativeStart(t + 3 * 24 * DEFAULT_DURATION, t, zone, locale);
    listFormat(locale, { type: 'conjunction' }).format(['', '']);
    countryName('FR', locale);
    languageName('fr', locale);
  }

  #onRegister(event: CoalitionEvent, url: string): void {
    // Documented once in the class JSDoc (@fires); built apart so the manifest does not list it twice.
    const register = new RegisterEvent({ event: event.id, url });
    this.dispatchEvent(register);
  }

  #onAddToCalendar(event: CoalitionEvent, feed: Feed): void {
    downloadIcs(this.#icsText(event, feed), `${event.id}.ics`, this.renderRoot);
  }

  #onSpeakersToggle(e: Event): void {
    this._allSpeakers = (e.currentTarget as HTMLDetailsElement).open;
  }

  #onOrganisersToggle(e: Event): void {
    this._allOrganisers = (e.currentTarget as HTMLDetailsElement).open;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const t = now();
    let event: CoalitionEvent | undefined;
    if (this.event) {
      event = feed.events.find((e) => e.id === this.event);
      if (!event) return this.renderNotFound('event', this.event);
    } else {
      event = chooseEvent(feed.events, t);
      if (!event) return this.renderMessage(msg('There are no events to show.', { id: 'event-card.no-events' }));
    }
    const status = statusAt(event, t);
    const template = html`<article part="card" class="card ${status}" aria-labelledby="title">
      <p part="status" class="status">${this.#renderStatus(event, status, t)}</p>
      <h3 part="title" class="title" id="title">
        ${event.url ? html`<a href=${event.url}>${this.renderText(event.title, feed)}</a>` : this.renderText(event.title, feed)}
      </h3>
      ${event.summary ? html`<div part="summary" class="summary">${this.renderText(event.summary, feed, 'div')}</div>` : nothing}
      <dl class="facts">
        ${this.#renderWhen(event)} ${this.#renderWhere(event, feed)} ${this.#renderLanguages(event)}
      </dl>
      ${this.#renderPeople(event, feed)} ${status === 'ended' ? nothing : this.#renderActions(event, feed, status, t)}
    </article>`;
    this.#shown = { event, feed, status };
    return template;
  }

  /** Keeps the room of a card while the feed loads, so the host page does not jump when it arrives. */
  protected override renderLoading(): TemplateResult {
    return html`<div class="card skeleton">
      ${super.renderLoading()}
      <div class="bone wide" aria-hidden="true"></div>
      <div class="bone" aria-hidden="true"></div>
      <div class="bone half" aria-hidden="true"></div>
      <div class="bone button" aria-hidden="true"></div>
    </div>`;
  }

  #renderStatus(event: CoalitionEvent, status: EventStatus, t: number): TemplateResult {
    if (status === 'live') return html`<span class="badge">${msg('Happening now', { id: 'event-card.live' })}</span>`;
    if (status === 'ended') return html`<span class="badge">${msg('This event has ended', { id: 'event-card.ended' })}</span>`;
    const relative = relativeStart(startOf(event), t, this.zone, this.intlLocale);
    return html`<span class="badge">${msg(str`Starts ${relative}`, { id: 'event-card.starts' })}</span>`;
  }

  #renderWhen(event: CoalitionEvent): TemplateResult {
    const start = startOf(event);
    const end = event.end ? Date.parse(event.end) : undefined;
    const eventZone = event.timeZone ?? this.zone;
    const differs = [start, end ?? start].some((t) => offsetMinutes(t, eventZone) !== offsetMinutes(t, this.zone));
    return html`<div part="when" class="when">
      <dt>${msg('When', { id: 'event-card.when' })}</dt>
      <dd>
        <time datetime=${event.start}>${formatWhen(start, end, eventZone, this.intlLocale)}</time>
        ${differs
          ? html`<span class="local"
              ><span class="label">${msg('In your time zone', { id: 'event-card.your-time' })}</span>
              <time datetime=${new Date(start).toISOString()}>${formatWhen(start, end, this.zone, this.intlLocale)}</time></span
            >`
          : nothing}
      </dd>
    </div>`;
  }

  #renderWhere(event: CoalitionEvent, feed: Feed): TemplateResult | typeof nothing {
    const place = this.#placeParts(event, feed);
    if (!event.online && place.length === 0) return nothing;
    return html`<div part="where" class="where">
      <dt>${msg('Where', { id: 'event-card.where' })}</dt>
      ${event.online ? html`<dd>${msg('Online', { id: 'event-card.online' })}</dd>` : nothing}
      ${place.length ? html`<dd>${this.#renderAddress(place)}</dd>` : nothing}
    </div>`;
  }

  #renderLanguages(event: CoalitionEvent): TemplateResult | typeof nothing {
    if (!event.languages?.length) return nothing;
    const names = event.languages.map((code) => languageName(code, this.intlLocale));
    return html`<div part="languages" class="languages">
      <dt>${msg('Languages', { id: 'event-card.languages' })}</dt>
      <dd>${listFormat(this.intlLocale, { type: 'conjunction' }).format(names)}</dd>
    </div>`;
  }

  #renderPeople(event: CoalitionEvent, feed: Feed): TemplateResult | typeof nothing {
    const organisers = event.organisers ?? [];
    const speakers = event.speakers ?? [];
    if (!organisers.length && !speakers.length) return nothing;
    const collapsed = speakers.length > SPEAKERS_SHOWN;
    const first = collapsed ? speakers.slice(0, SPEAKERS_SHOWN - 1) : speakers;
    const rest = collapsed ? speakers.slice(SPEAKERS_SHOWN - 1) : [];
    const count = speakers.length;
    return html`<dl part="people" class="people">
      ${organisers.length
        ? html`<div>
            <dt>${msg('Organised by', { id: 'event-card.organisers' })}</dt>
            <dd>${this.#renderOrganisers(organisers)}</dd>
          </div>`
        : nothing}
      ${speakers.length
        ? html`<div>
            <dt>${msg('Speakers', { id: 'event-card.speakers' })}</dt>
            <dd>
              <ul>
                ${first.map((s) => this.#renderSpeaker(s, feed))}
              </ul>
              ${collapsed
                ? html`<details @toggle=${this.#onSpeakersToggle} ?open=${this._allSpeakers}>
                    <summary>
                      ${this._allSpeakers
                        ? msg('Show fewer speakers', { id: 'event-card.fewer-speakers' })
                        : msg(str`Show all speakers (${count})`, { id: 'event-card.all-speakers' })}
                    </summary>
                    <ul>
                      ${rest.map((s) => this.#renderSpeaker(s, feed))}
                    </ul>
                  </details>`
                : nothing}
            </dd>
          </div>`
        : nothing}
    </dl>`;
  }

  /** A few organisers as a sentence ("A, B and C"); many as a list whose end is collapsed. */
  #renderOrganisers(organisers: readonly string[]): TemplateResult {
    if (organisers.length <= ORGANISERS_SHOWN) {
      return this.#renderList(organisers.map((name) => html`<bdi>${name}</bdi>`));
    }
    const first = organisers.slice(0, ORGANISERS_SHOWN - 1);
    const rest = organisers.slice(ORGANISERS_SHOWN - 1);
    const count = organisers.length;
    return html`<ul>
        ${first.map((name) => html`<li><bdi>${name}</bdi></li>`)}
      </ul>
      <details @toggle=${this.#onOrganisersToggle} ?open=${this._allOrganisers}>
        <summary>
          ${this._allOrganisers
            ? msg('Show fewer organisers', { id: 'event-card.fewer-organisers' })
            : msg(str`Show all organisers (${count})`, { id: 'event-card.all-organisers' })}
        </summary>
        <ul>
          ${rest.map((name) => html`<li><bdi>${name}</bdi></li>`)}
        </ul>
      </details>`;
  }

  #renderSpeaker(speaker: Speaker, feed: Feed): TemplateResult {
    const name = html`<bdi>${speaker.name}</bdi>`;
    return html`<li>
      ${speaker.url ? html`<a href=${speaker.url}>${name}</a>` : name}
      ${speaker.role ? html`<span class="role">${this.renderText(speaker.role, feed)}</span>` : nothing}
    </li>`;
  }

  #renderActions(event: CoalitionEvent, feed: Feed, status: EventStatus, t: number): TemplateResult {
    const url = event.registration?.url;
    const open = registrationOpen(event, t);
    return html`<div class="actions">
      ${open && url
        ? html`<a
            part="register"
            class="register"
            href=${url}
            target="_blank"
            rel="noopener noreferrer"
            @click=${() => this.#onRegister(event, url)}
            >${msg('Register', { id: 'event-card.register' })}<span class="arrow" aria-hidden="true">↗</span
            ><span class="visually-hidden"
              >: ${this.renderText(event.title, feed)} (${msg('opens in a new tab', { id: 'event-card.new-tab' })})</span
            ></a
          >`
        : url
          ? html`<p part="registration-closed" class="closed">${msg('Registration closed', { id: 'event-card.closed' })}</p>`
          : nothing}
      ${status === 'upcoming' || status === 'live'
        ? html`<button part="calendar" class="calendar" type="button" @click=${() => this.#onAddToCalendar(event, feed)}>
            ${msg('Add to calendar', { id: 'event-card.calendar' })}
          </button>`
        : nothing}
    </div>`;
  }

  /** Templates joined the way the visitor's language joins a list ("A, B and C", "A وB وC"). */
  #renderList(items: TemplateResult[]): TemplateResult {
    const parts = listFormat(this.intlLocale, { type: 'conjunction' }).formatToParts(items.map((_, i) => String(i)));
    let i = 0;
    return html`${parts.map((p) => (p.type === 'element' ? items[i++] : p.value))}`;
  }

  /** The parts of a place as an address: "Bruxelles, Belgique", "بروكسل، بلجيكا", never "and". */
  #renderAddress(items: TemplateResult[]): TemplateResult {
    const separator = addressSeparator(this.intlLocale);
    return html`${items.map((item, i) => (i === 0 ? item : html`${separator}${item}`))}`;
  }

  /** Place, address, city and country (in the visitor's language), each with its own language. */
  #placeParts(event: CoalitionEvent, feed: Feed): TemplateResult[] {
    const loc = event.location;
    if (!loc) return [];
    const parts = [loc.name, loc.address, loc.city]
      .filter((v): v is LocalizedText => v !== undefined)
      .map((v) => this.renderText(v, feed));
    if (loc.country) parts.push(html`<span>${countryName(loc.country, this.intlLocale)}</span>`);
    return parts;
  }

  /** The same place as plain text, for the calendar file. */
  #placeText(event: CoalitionEvent, feed: Feed): string {
    const loc = event.location;
    if (!loc) return '';
    const parts = [loc.name, loc.address, loc.city]
      .filter((v): v is LocalizedText => v !== undefined)
      .map((v) => textOf(v, this.locale, feed.defaultLocale));
    if (loc.country) parts.push(countryName(loc.country, this.intlLocale));
    return parts.join(addressSeparator(this.intlLocale));
  }

  #icsText(event: CoalitionEvent, feed: Feed): string {
    const text = (v: LocalizedText | undefined) => textOf(v, this.locale, feed.defaultLocale);
    let host = 'coalition-widgets';
    try {
      if (feed.coalition?.url) host = new URL(feed.coalition.url).host || host;
    } catch {
      /* not a URL: the default */
    }
    const registration = event.registration?.url;
    const link = event.url ?? registration;
    const place = this.#placeText(event, feed);
    const online = msg('Online', { id: 'event-card.online' });
    const description = [
      text(event.summary),
      registration ? msg(str`Register: ${registration}`, { id: 'event-card.ics-register' }) : '',
      event.url ?? '',
    ]
      .filter(Boolean)
      .join('\n\n');
    return toIcs({
      uid: `${event.id}@${host}`,
      stamp: now(),
      start: startOf(event),
      end: endOf(event),
      title: text(event.title),
      description,
      location: event.online ? (place ? `${online}, ${place}` : online) : place,
      url: link,
    });
  }

  /** Adds, replaces or removes the JSON-LD in the light DOM to match the event shown. */
  #syncJsonLd(): void {
    if (this.noJsonLd || !this.#shown || !this.isConnected) {
      this.#removeJsonLd();
      return;
    }
    const text = serialiseJsonLd(eventJsonLd(this.#shown.event, this.#shown.feed, this.locale));
    if (!this.#jsonLd) {
      this.#jsonLd = document.createElement('script');
      this.#jsonLd.type = 'application/ld+json';
    }
    if (this.#jsonLd.textContent !== text) this.#jsonLd.textContent = text;
    if (this.#jsonLd.parentNode !== this) this.append(this.#jsonLd);
  }

  #removeJsonLd(): void {
    this.#jsonLd?.remove();
    this.#jsonLd = undefined;
  }
}
