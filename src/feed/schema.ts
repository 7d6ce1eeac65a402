/**
 * The feed, version 1: the one definition of what a feed may hold. `npm run schema` generates
 * from it both `feed.schema.json` (for editors) and `src/generated/feed-checks.ts` (the validator
 * and the types the elements use), so that neither can disagree with it. zod itself is not in
 * the page: the generated validator gives the same results without it (test/feed/checks.test.ts).
 *
 * Unknown fields are stripped (the feed may grow); invalid entries are recovered from in
 * `parse.ts`, not here. Every refinement is a function of `formats.ts`, which the generated
 * validator imports by name.
 */
import * as z from 'zod/mini';
import {
  endsAfterStart,
  hasSomeLanguage,
  isDateTimeWithOffset,
  isDayDate,
  isNotBlank,
  isSafeLink,
  isTimeZone,
} from './formats.js';
import type * as generated from '../generated/feed-checks.js';

/** A text with something in it. */
export const Text = z.string().check(z.minLength(1), z.refine(isNotBlank, 'is empty'));

/** Text a visitor reads: a plain string, or a map from locale to string. */
export const LocalizedText = z.union([
  Text,
  z.record(z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/)), Text).check(
    z.refine(hasSomeLanguage, 'has no text in any language'),
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
  name: Text,
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
    organisers: z.optional(z.array(Text)),
    speakers: z.optional(z.array(Speaker)),
  })
  .check(
    z.refine(endsAfterStart, {
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
  name: Text,
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

/** The whole feed as an editor writes it (`parse.ts` recovers from its invalid entries one by one). */
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

/** The generated types are this schema's: type checking fails where they differ. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
export type GeneratedTypesMatch = [
  Expect<Same<generated.LocalizedText, z.infer<typeof LocalizedText>>>,
  Expect<Same<generated.Coalition, z.infer<typeof Coalition>>>,
  Expect<Same<generated.Location, z.infer<typeof Location>>>,
  Expect<Same<generated.Speaker, z.infer<typeof Speaker>>>,
  Expect<Same<generated.Registration, z.infer<typeof Registration>>>,
  Expect<Same<generated.CoalitionEvent, z.infer<typeof Event>>>,
  Expect<Same<generated.AwarenessDay, z.infer<typeof AwarenessDay>>>,
  Expect<Same<generated.Coordinates, z.infer<typeof Coordinates>>>,
  Expect<Same<generated.Member, z.infer<typeof Member>>>,
  Expect<Same<generated.Group, z.infer<typeof Group>>>,
  Expect<Same<generated.Signatory, z.infer<typeof Signatory>>>,
  Expect<Same<generated.Statement, z.infer<typeof Statement>>>,
];
