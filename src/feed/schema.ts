/**
 * The feed, version 1: one zod schema that the elements, the validator and `feed.schema.json` share.
 *
 * Built on `zod/mini` so that the self-contained bundle stays small. Unknown fields are stripped
 * (the feed may grow); invalid entries are recovered from in `parse.ts`, not here.
 */
import * as z from 'zod/mini';

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

const nonEmpty = () => z.string().check(z.minLength(1), z.refine((s) => s.trim().length > 0, 'is empty'));

/** Text a visitor reads: a plain string, or a map from locale to string. */
export const LocalizedText = z.union([
  nonEmpty(),
  z.record(z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/)), nonEmpty()).check(
    z.refine((r) => Object.keys(r).length > 0, 'has no text in any language'),
  ),
]);

export const Link = z.string().check(z.refine(isSafeLink, 'is not an https:, http: or mailto: link'));
export const DateTime = z
  .string()
  .check(z.refine(isDateTimeWithOffset, 'is not a date and time with an offset, such as 2021-06-22T12:00:00+02:00'));
export const DayDate = z
  .string()
  .check(z.refine(isDayDate, 'is not a date such as --07-30 (every year) or 2026-07-30 (once)'));
export const TimeZone = z
  .string()
  .check(z.refine(isTimeZone, 'is not a time zone name such as Europe/Paris'));
export const Country = z.string().check(z.regex(/^[A-Z]{2}$/, 'is not a two-letter country code such as FR'));
export const LanguageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'is not a language code such as fr'));
export const Id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'is not an id (letters, digits, - _ . :)'));

export const Coalition = z.object({
  name: LocalizedText,
  url: z.optional(Link),
});

export const Location = z.object({
  name: z.optional(LocalizedText),
  address: z.optional(LocalizedText),
  city: z.optional(LocalizedText),
  country: z.optional(Country),
});

export const Speaker = z.object({
  name: nonEmpty(),
  role: z.optional(LocalizedText),
  url: z.optional(Link),
});

export const Registration = z.object({
  url: z.optional(Link),
  closes: z.optional(DateTime),
});

export const Event = z
  .object({
    id: Id,
    title: LocalizedText,
    summary: z.optional(LocalizedText),
    start: DateTime,
    end: z.optional(DateTime),
    timeZone: z.optional(TimeZone),
    online: z.optional(z.boolean()),
    location: z.optional(Location),
    languages: z.optional(z.array(LanguageTag)),
    registration: z.optional(Registration),
    url: z.optional(Link),
    organisers: z.optional(z.array(nonEmpty())),
    speakers: z.optional(z.array(Speaker)),
  })
  .check(
    z.refine((e) => !e.end || Date.parse(e.end) >= Date.parse(e.start), {
      message: 'ends before it starts',
      path: ['end'],
    }),
  );

export const AwarenessDay = z.object({
  id: Id,
  name: LocalizedText,
  date: DayDate,
  url: z.optional(Link),
});

export const Coordinates = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});

export const Member = z.object({
  id: Id,
  name: LocalizedText,
  country: Country,
  city: z.optional(LocalizedText),
  coordinates: z.optional(Coordinates),
  url: z.optional(Link),
});

export const Group = z.object({
  id: Id,
  name: LocalizedText,
});

export const Signatory = z.object({
  name: nonEmpty(),
  country: z.optional(Country),
  group: z.optional(z.string()),
  url: z.optional(Link),
});

export const Statement = z.object({
  id: Id,
  title: LocalizedText,
  date: z.optional(DayDate),
  url: z.optional(Link),
  signUrl: z.optional(Link),
  groups: z.optional(z.array(Group)),
  signatories: z.array(Signatory),
});

/** The whole feed, as the elements see it once it is parsed: every entry valid. */
export const Feed = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  defaultLocale: z.optional(LanguageTag),
  coalition: z.optional(Coalition),
  events: z.optional(z.array(Event)),
  awarenessDays: z.optional(z.array(AwarenessDay)),
  members: z.optional(z.array(Member)),
  statements: z.optional(z.array(Statement)),
});

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Coalition = z.infer<typeof Coalition>;
export type Location = z.infer<typeof Location>;
export type Speaker = z.infer<typeof Speaker>;
export type Registration = z.infer<typeof Registration>;
export type CoalitionEvent = z.infer<typeof Event>;
export type AwarenessDay = z.infer<typeof AwarenessDay>;
export type Member = z.infer<typeof Member>;
export type Group = z.infer<typeof Group>;
export type Signatory = z.infer<typeof Signatory>;
export type Statement = z.infer<typeof Statement>;

/** A parsed feed: the collections are always present (empty when the feed has none). */
export interface Feed {
  version: 1;
  defaultLocale: string;
  coalition?: Coalition;
  events: CoalitionEvent[];
  awarenessDays: AwarenessDay[];
  members: Member[];
  statements: Statement[];
}
