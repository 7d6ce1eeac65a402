import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CoalitionElement } from '../base/coalition-element.js';
import { ClockController, now } from '../controllers/clock.js';
import type { AwarenessDay, CoalitionEvent, Feed } from '../feed/types.js';
import { dateTimeFormat, listFormat, numberFormat } from '../i18n/intl.js';
import { countdownStyles } from './countdown.styles.js';
import { CountdownCompleteEvent, type CountdownCompleteDetail } from './events.js';
import { type CountdownState, dayState, eventState, nearestDay } from './model.js';
import { type CivilDate, isoDate, remaining, type Remaining, utcOf } from '../base/zoned.js';

type Unit = 'day' | 'hour' | 'minute';

/**
 * Days, hours and minutes left to an awareness day of the coalition's feed (such as the World Day
 * against Trafficking in Persons, `--07-30`) or to an event, so that every member site counts down
 * together.
 *
 * - `day="ID"`: counts to the start of that day in the visitor's time zone (`time-zone`, else the
 *   browser's). During the whole local day it says that today is the day, with the day's link, then
 *   counts to the next year's date. A yearly day of 29 February (`--02-29`) falls on 28 February in
 *   years without one. A one-off day (`YYYY-MM-DD`) says that it has passed once it is over.
 * - `event="ID"`: counts to the event's start, says "Happening now" until its end (an hour after the
 *   start when the feed gives no end), then that it has ended.
 * - Neither: the awareness day of the feed that is today, else the one that comes next.
 *
 * Days are calendar days in the visitor's time zone; hours and minutes are real time, rounded up to the
 * minute (on a day when the clocks change, the last partial day has 23 or 25 hours). The element reads
 * the clock at every update, once a minute and only while it is on screen in a visible tab, so it is
 * right again at once after the computer sleeps or its clock changes.
 *
 * Screen readers read the remaining time as one sentence, in an element with `role="timer"` that is
 * not announced at every update; the "today" and "happening now" messages are announced once.
 *
 * @summary A countdown to an awareness day or an event, in the visitor's language and time zone.
 *
 * @slot - Fallback content, shown when the feed cannot be loaded or the day is not found.
 * @fires {CountdownCompleteEvent} coalition-countdown-complete - The countdown reached zero while the page was open: the day has begun or the event has started. `detail: { day?, event? }`.
 * @csspart countdown - The box around everything.
 * @csspart name - The name of the day or the event.
 * @csspart date - Its date (and, for an event, its start time) in the visitor's time zone.
 * @csspart units - The row of remaining days, hours and minutes.
 * @csspart unit - One of them: a number and its label.
 * @csspart number - The number of a unit, e.g. "12".
 * @csspart label - The unit's word, e.g. "days", in the visitor's language and plural form.
 * @csspart today - The message that replaces the numbers: today is the day, happening now, ended, passed.
 * @csspart link - The "Learn more" link to the day's or the event's page, when the feed has one.
 * @cssprop [--coalition-countdown-number-size=clamp(1.5rem, 9cqi, 3rem)] - Font size of the numbers (`cqi`: a hundredth of the countdown's width).
 * @cssprop [--coalition-countdown-gap=0.75rem] - Space between the parts.
 * @cssprop [--coalition-countdown-loading-size=11rem] - Height kept free while the feed loads, so the page does not jump.
 */
export class CoalitionCountdown extends CoalitionElement {
  static override styles = [...CoalitionElement.styles, countdownStyles];

  static override properties: PropertyDeclarations = {
    day: { reflect: true },
    event: { reflect: true },
  };

  /** @internal Re-renders every minute while the display can still change; stops once it cannot. */
  readonly #clock = new ClockController(this, () => this.#every);

  /** @internal Milliseconds between updates that the last render needs (0: none). */
  #every = 0;
  /** @internal What the last render counted to, to notice when it is reached. */
  #counted?: { key: string; target: number };
  /** @internal A complete event to fire once the render is done. */
  #completed?: CountdownCompleteDetail;
  /** @internal The subject whose moment came while the page was open: its message fades in once. */
  #arrived?: string;

  /** The id of the awareness day to count down to (from the feed's `awarenessDays`). */
  declare day?: string;

  /** The id of an event to count down to (from the feed's `events`), instead of a day; `day` wins when both are set. */
  declare event?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#every = 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#clock.reschedule();
    const completed = this.#completed && new CountdownCompleteEvent(this.#completed);
    this.#completed = undefined;
    if (completed) this.dispatchEvent(completed);
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const t = now();
    const zone = this.zone;
    let subject: { kind: 'day'; item: AwarenessDay } | { kind: 'event'; item: CoalitionEvent };
    let state: CountdownState;
    if (this.event && !this.day) {
      const event = feed.events.find((e) => e.id === this.event);
      if (!event) return this.renderNotFound('event', this.event);
      subject = { kind: 'event', item: event };
      state = eventState(event, t, zone);
    } else if (this.day) {
      const day = feed.awarenessDays.find((d) => d.id === this.day);
      if (!day) return this.renderNotFound('day', this.day);
      subject = { kind: 'day', item: day };
      state = dayState(day, t, zone);
    } else {
      const nearest = nearestDay(feed.awarenessDays, t, zone);
      if (!nearest) return this.renderMessage(msg('There is no awareness day to count down to.', { id: 'countdown.no-days' }));
      subject = { kind: 'day', item: nearest.day };
      state = nearest.state;
    }
    this.#track(subject.kind, subject.item.id, state, t);
    const arrived = this.#arrived === `${subject.kind}:${subject.item.id}`;
    this.#every = state.kind === 'passed' || state.kind === 'ended' ? 0 : 60_000;

    const nameText = subject.kind === 'day' ? subject.item.name : subject.item.title;
    const name = this.text(nameText, feed).text;
    const url = subject.item.url;
    return html`<div part="countdown" class="countdown state-${state.kind} ${arrived ? 'arrived' : ''}">
      <p part="name" class="name">${this.renderText(nameText, feed)}</p>
      ${this.#renderDate(subject, state)}
      ${state.kind === 'counting' ? this.#renderUnits(remaining(t, state.target, zone), name) : nothing}
      <div class="announce" aria-live="polite">${this.#renderMessageFor(state, name, url)}</div>
      ${state.kind === 'counting' && url
        ? html`<p><a part="link" class="link" href=${url}>${msg('Learn more', { id: 'countdown.learn-more' })}</a></p>`
        : nothing}
    </div>`;
  }

  /** Keeps the room of a countdown while the feed loads, so the host page does not jump when it arrives. */
  protected override renderLoading(): TemplateResult {
    return html`<div class="countdown skeleton">${super.renderLoading()}</div>`;
  }

  /** Notes a target reached since the last render (for the complete event), and the next one. */
  #track(kind: 'day' | 'event', id: string, state: CountdownState, t: number): void {
    const key = `${kind}:${id}`;
    if (this.#counted && this.#counted.key === key && t >= this.#counted.target) {
      this.#completed = { [kind]: id };
      this.#arrived = key;
    } else if (this.#arrived !== key) this.#arrived = undefined;
    this.#counted = state.kind === 'counting' ? { key, target: state.target } : undefined;
  }

  protected override prepare(): void {
    for (const unit of ['day', 'hour', 'minute'] as Unit[]) this.#unitFormat(unit).formatToParts(2);
    listFormat(this.intlLocale, { type: 'conjunction' }).format(['', '']);
    dateTimeFormat(this.intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
  }

  #renderDate(
    subject: { kind: 'day'; item: AwarenessDay } | { kind: 'event'; item: CoalitionEvent },
    state: CountdownState,
  ): TemplateResult | typeof nothing {
    if (subject.kind === 'event') {
      if (state.kind === 'ended') return nothing;
      const start = Date.parse(subject.item.start);
      const text = dateTimeFormat(this.intlLocale, { dateStyle: 'long', timeStyle: 'short', timeZone: this.zone }).format(start);
      return html`<p part="date" class="date"><time datetime=${subject.item.start}>${text}</time></p>`;
    }
    // A passed day's message says its date.
    if (!('date' in state) || state.kind === 'passed') return nothing;
    return html`<p part="date" class="date">${this.#renderDay(state.date)}</p>`;
  }

  /** A calendar date, formatted from its UTC midnight in UTC, so no time zone can move it to another day. */
  #renderDay(date: CivilDate): TemplateResult {
    const text = dateTimeFormat(this.intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(utcOf(date));
    return html`<time datetime=${isoDate(date)}>${text}</time>`;
  }

  #renderUnits(left: Remaining, name: string): TemplateResult {
    const units: [Unit, number][] = [
      ['day', left.days],
      ['hour', left.hours],
      ['minute', left.minutes],
    ];
    const spoken = units.filter(([, n]) => n > 0).map(([unit, n]) => this.#unitFormat(unit).format(n));
    const time = listFormat(this.intlLocale, { type: 'conjunction' }).format(spoken.length ? spoken : [this.#unitFormat('minute').format(0)]);
    return html`<div class="timer" role="timer">
      <p class="visually-hidden">${msg(str`${time} until ${name}`, { id: 'countdown.until' })}</p>
      <div part="units" class="units" aria-hidden="true">${units.map(([unit, n]) => this.#renderUnit(unit, n))}</div>
    </div>`;
  }

  /**
   * A number and its unit, from `Intl` ("1 day", "3 jours", Arabic's dual "يومان"). Where the
   * language says the number in the word itself (Arabic's 1 and 2), the figure is shown above it all
   * the same, so that every unit looks alike.
   */
  #renderUnit(unit: Unit, n: number): TemplateResult {
    const parts = this.#unitFormat(unit).formatToParts(n);
    const label = parts
      .filter((p) => p.type === 'unit' || (p.type === 'literal' && p.value.trim()))
      .map((p) => p.value)
      .join(' ')
      .trim();
    const number = numberFormat(this.intlLocale).format(n);
    return html`<span part="unit" class="unit ${unit}"
      ><span part="number" class="number">${number}</span> <span part="label" class="label">${label}</span></span
    >`;
  }

  #renderMessageFor(state: CountdownState, name: string, url: string | undefined): TemplateResult | typeof nothing {
    const link = url ? html` <a part="link" class="link" href=${url}>${msg('Learn more', { id: 'countdown.learn-more' })}</a>` : nothing;
    switch (state.kind) {
      case 'today':
        return html`<p part="today" class="today">${msg(str`Today is ${name}.`, { id: 'countdown.today' })}${link}</p>`;
      case 'live':
        return html`<p part="today" class="today">${msg('Happening now', { id: 'countdown.live' })}${link}</p>`;
      case 'ended':
        return html`<p part="today" class="today">${msg('This event has ended.', { id: 'countdown.ended' })}</p>`;
      case 'passed': {
        const date = dateTimeFormat(this.intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(utcOf(state.date));
        return html`<p part="today" class="today">${msg(str`${date} has passed.`, { id: 'countdown.passed' })}</p>`;
      }
      default:
        return nothing;
    }
  }

  #unitFormat(unit: Unit): Intl.NumberFormat {
    return numberFormat(this.intlLocale, { style: 'unit', unit, unitDisplay: 'long' });
  }
}
