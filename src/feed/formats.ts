/**
 * The checks of the feed that a pattern or a type cannot express: a real calendar date, a known
 * time zone, a safe link. The zod schema (`schema.ts`) refers to them by name, and so does the
 * validator generated from it (`src/generated/feed-checks.ts`), which is what runs in the page.
 */

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const ISO_DAY = /^(\d{4}|-)-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for `2021-06-22T12:00:00+02:00`; false for a date without offset or a 31 June. */
export function isDateTimeWithOffset(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  return !!m && isCalendarDate(+m[1], +m[2], +m[3]) && !Number.isNaN(Date.parse(value));
}

/** True for `--07-30` (every year, 29 February allowed) and `2026-07-30` (once). */
export function isDayDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  // A leap year stands in for "every year" so that --02-29 is accepted.
  return isCalendarDate(m[1] === '-' ? 2024 : +m[1], +m[2], +m[3]);
}

const zoneCache = new Map<string, boolean>();
/** True for an IANA time zone name this browser knows. */
export function isTimeZone(value: string): boolean {
  let known = zoneCache.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    zoneCache.set(value, known);
  }
  return known;
}

/** Links are `https:`, `http:` or `mailto:`; anything else is not a link. */
export function isSafeLink(value: string): boolean {
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** True for a text with something in it other than spaces. */
export function isNotBlank(value: string): boolean {
  return value.trim().length > 0;
}

/** True for a map from language code to text that has at least one language. */
export function hasSomeLanguage(value: Record<string, string>): boolean {
  return Object.keys(value).length > 0;
}

/** True for an event without an end, or one that does not end before it starts. */
export function endsAfterStart(event: { start: string; end?: string }): boolean {
  return !event.end || Date.parse(event.end) >= Date.parse(event.start);
}
