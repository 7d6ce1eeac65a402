/**
 * The event card's clock arithmetic: which event to show, its status at an instant, and its times
 * written in a time zone. Pure functions over `Intl`, so they are tested without an element.
 */
import { DAY, offsetAt, wallTime } from '../base/zoned.js';
import type { CoalitionEvent } from '../feed/types.js';
import { dateTimeFormat, relativeTimeFormat } from '../i18n/intl.js';

export type EventStatus = 'upcoming' | 'live' | 'ended';

/**
 * An event without `end` is taken to last one hour: it is "happening now" from its start for an
 * hour, and its calendar entry ends an hour after it starts.
 */
export const DEFAULT_DURATION = 60 * 60 * 1000;

export function startOf(event: CoalitionEvent): number {
  return Date.parse(event.start);
}

export function endOf(event: CoalitionEvent): number {
  return event.end ? Date.parse(event.end) : startOf(event) + DEFAULT_DURATION;
}

export function statusAt(event: CoalitionEvent, t: number): EventStatus {
  if (t >= endOf(event)) return 'ended';
  return t >= startOf(event) ? 'live' : 'upcoming';
}

/** Registration is open while neither its closing time nor the start has come. */
export function registrationOpen(event: CoalitionEvent, t: number): boolean {
  const { registration } = event;
  if (!registration?.url) return false;
  if (registration.closes && t >= Date.parse(registration.closes)) return false;
  return t < startOf(event);
}

/** The next event that has not ended (earliest first), else the one that ended last. */
export function chooseEvent(events: readonly CoalitionEvent[], t: number): CoalitionEvent | undefined {
  let next: CoalitionEvent | undefined;
  let last: CoalitionEvent | undefined;
  for (const e of events) {
    if (endOf(e) > t) {
      if (!next || startOf(e) < startOf(next)) next = e;
    } else if (!last || endOf(e) > endOf(last)) {
      last = e;
    }
  }
  return next ?? last;
}

/** The offset of `zone` from UTC at `instant`, in whole minutes (Kolkata: 330). */
export function offsetMinutes(instant: number, zone: string): number {
  return Math.trunc(offsetAt(instant, zone) / 60_000);
}

const OFFSET_NAME = /^(GMT|UTC)[+\-−]/;

function shortZoneName(instant: number, zone: string, locale: string): string {
  return (
    dateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? ''
  );
}

/**
 * The zone's short name at `instant`. Plain `en` knows only American abbreviations ("GMT+2" for
 * Paris); English readers elsewhere write CEST, IST or ACDT, so English asks the British, Australian
 * and Indian English data before settling for an offset. Other locales keep their own usage
 * (fr "UTC+2", de "MESZ").
 */
export function zoneName(instant: number, zone: string, locale: string): string {
  const name = shortZoneName(instant, zone, locale);
  if (!OFFSET_NAME.test(name) || !/^en\b/i.test(locale)) return name;
  for (const english of ['en-GB', 'en-AU', 'en-IN']) {
    const other = shortZoneName(instant, zone, english);
    if (other && !OFFSET_NAME.test(other)) return other;
  }
  return name;
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/**
 * "Tuesday, June 22, 2021, 12:00 – 1:30 PM CEST": the start (and end, when there is one) in `zone`,
 * the date written once when both are on the same day, each side with its own zone name so that a
 * range across a daylight-saving change reads "CET – … CEST".
 */
export function formatWhen(start: number, end: number | undefined, zone: string, locale: string): string {
  const format = dateTimeFormat(locale, { ...DATE_TIME, timeZone: zone });
  if (end === undefined || end === start) return named(format.formatToParts(start), start, start, zone, locale);
  if (offsetMinutes(start, zone) !== offsetMinutes(end, zone) && dayNumber(start, zone) === dayNumber(end, zone)) {
    // Intl would write one zone name for both times of the day ("1:30 – 3:30 AM CET") although
    // the clocks changed in between: write each time with its own.
    const time = dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone: zone });
    return `${named(format.formatToParts(start), start, start, zone, locale)} – ${named(time.formatToParts(end), end, end, zone, locale)}`;
  }
  return named(format.formatRangeToParts(start, end), start, end, zone, locale);
}

/** The parts joined, each zone name replaced by {@link zoneName} for its side of the range. */
function named(parts: Intl.DateTimeFormatPart[], start: number, end: number, zone: string, locale: string): string {
  return parts
    .map((p) => {
      if (p.type !== 'timeZoneName') return p.value;
      const source = (p as Intl.DateTimeRangeFormatPart).source;
      return zoneName(source === 'endRange' ? end : start, zone, locale);
    })
    .join('');
}

/** The number of the calendar day of `instant` in `zone` (days since 1970-01-01). */
function dayNumber(instant: number, zone: string): number {
  return Math.floor(wallTime(instant, zone) / DAY);
}

/**
 * "in 3 days", "tomorrow", "in 5 hours", "in 12 minutes": how far `start` is from `t`. Whole days are
 * counted in the visitor's calendar (`zone`), so an event tomorrow evening is "tomorrow".
 */
export function relativeStart(start: number, t: number, zone: string, locale: string): string {
  const rtf = relativeTimeFormat(locale, { numeric: 'auto' });
  const diff = start - t;
  // Minutes rounded up: "in 1 minute" until it starts, never "in 0 minutes" before it has.
  const minutes = Math.max(0, Math.ceil(diff / 60_000));
  if (minutes < 60) return rtf.format(minutes, 'minute');
  const days = dayNumber(start, zone) - dayNumber(t, zone);
  if (days < 1 || diff < 12 * 60 * 60 * 1000) return rtf.format(Math.round(diff / (60 * 60 * 1000)), 'hour');
  if (days <= 60) return rtf.format(days, 'day');
  if (days < 730) return rtf.format(Math.round(days / 30.44), 'month');
  return rtf.format(Math.round(days / 365.25), 'year');
}
