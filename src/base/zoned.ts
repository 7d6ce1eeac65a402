/**
 * Calendar arithmetic in any IANA time zone, with `Intl` alone (no date library): the calendar date of
 * an instant in a zone, and the instant a local date or wall time begins in a zone. The zone may differ
 * from the browser's own (the `time-zone` attribute), so nothing here uses `Date`'s local methods.
 */

/** A calendar date: `month` 1–12, `day` 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/**
 * The wall clock of `zone` at instant `t`, as the UTC timestamp that shows the same figures
 * (e.g. 30 July 2026 00:00 in Paris → `Date.UTC(2026, 6, 30)`), to the second.
 */
export function wallTime(t: number, zone: string): number {
  const p: Record<string, string> = {};
  for (const { type, value } of formatter(zone).formatToParts(t)) p[type] = value;
  const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
  // Some engines say 24 for midnight even with h23.
  const wall = Date.UTC(year, Number(p.month) - 1, Number(p.day), Number(p.hour) % 24, Number(p.minute), Number(p.second));
  // Date.UTC maps years 0–99 to 1900–1999; those years never matter here, but stay exact.
  return year >= 0 && year < 100 ? new Date(wall).setUTCFullYear(year) : wall;
}

/** The offset of `zone` from UTC at instant `t`, in milliseconds (Paris in summer: +7 200 000). */
export function offsetAt(t: number, zone: string): number {
  return wallTime(t, zone) - Math.floor(t / 1000) * 1000;
}

/** The calendar date in `zone` at instant `t`. */
export function zonedDate(t: number, zone: string): CivilDate {
  return civilOf(wallTime(t, zone));
}

/** The calendar date of a wall-time number (see {@link wallTime}). */
export function civilOf(wall: number): CivilDate {
  const d = new Date(wall);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Midnight UTC of a calendar date: a wall-time number, and a zone-free `Date` for formatting. */
export function utcOf(date: CivilDate): number {
  const d = new Date(Date.UTC(2000, date.month - 1, date.day));
  d.setUTCFullYear(date.year);
  return d.getTime();
}

/**
 * The first instant at which the wall clock of `zone` reads `wall` or later.
 *
 * Usually the one instant showing `wall`. When the clocks go back and `wall` happens twice, the first
 * of the two. When the clocks go forward over `wall` (a day that starts at 01:00, as in
 * America/Santiago), the instant of the change, the first that shows a later time.
 */
export function instantOf(wall: number, zone: string): number {
  // The offsets a day before and after: a zone changes its offset at most once in that span.
  const before = offsetAt(wall - DAY, zone);
  const after = offsetAt(wall + DAY, zone);
  const candidates = [wall - before, wall - after].filter((t) => wallTime(t, zone) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: find the change of offset by halving the span to the minute (offsets change on a minute).
  let lo = Math.min(wall - before, wall - after);
  let hi = Math.max(wall - before, wall - after);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (wallTime(mid, zone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The instant `date` begins in `zone`: local midnight, or the first instant of that date when midnight is skipped. */
export function startOfDay(date: CivilDate, zone: string): number {
  return instantOf(utcOf(date), zone);
}

/** Compares two calendar dates: negative, zero or positive. */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whether `year` has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The same as `date`, as `YYYY-MM-DD`. */
export function isoDate(date: CivilDate): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Time left from `from` to `to`, as a countdown shows it. */
export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
}

/**
 * The time left from `from` to `to` in `zone`, rounded up to the whole minute (so that a countdown
 * never shows 0 minutes before the moment has come).
 *
 * Days are calendar days in `zone`, hours and minutes are real time, like `Temporal`'s
 * `ZonedDateTime.until` with `largestUnit: 'day'`: from 10:00 one day to midnight two days later is
 * "1 day 14 hours" whether or not the clocks change in between; a change shows in the hours of the
 * last, partial day (from 00:30 to the next midnight on the day the clocks go back is 24 h 30 min,
 * on the day they go forward 22 h 30 min).
 */
export function remaining(from: number, to: number, zone: string): Remaining {
  if (to <= from) return { days: 0, hours: 0, minutes: 0 };
  const start = to - Math.ceil((to - from) / MINUTE) * MINUTE;
  const wall = wallTime(start, zone);
  const timeOfDay = ((wall % DAY) + DAY) % DAY;
  const startDay = wall - timeOfDay;
  const endDay = utcOf(civilOf(wallTime(to, zone)));
  let days = Math.max(0, Math.round((endDay - startDay) / DAY));
  const anchorOf = (n: number) => (n === 0 ? start : instantOf(startDay + n * DAY + timeOfDay, zone));
  let anchor = anchorOf(days);
  while (days > 0 && anchor > to) anchor = anchorOf(--days);
  const minutes = Math.round(Math.max(0, to - anchor) / MINUTE);
  return { days, hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
