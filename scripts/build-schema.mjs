// Writes, from the zod schema of the feed (src/feed/schema.ts):
// - feed.schema.json, the JSON Schema an editor checks a feed against;
// - src/generated/feed-checks.ts, the validator and the types the elements use (scripts/lib/feed-checks.mjs);
// so that neither can disagree with the other.
//
//   node scripts/build-schema.mjs           writes both
//   node scripts/build-schema.mjs --check   exits 1 if either is not up to date
//
// The checks zod cannot express in JSON Schema (a real calendar date, a known time zone, a safe
// link) are given patterns that catch the common mistakes; the validator checks the rest.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { feedChecksSource } from './lib/feed-checks.mjs';

const root = resolve(import.meta.dirname, '..');
const target = join(root, 'feed.schema.json');
const checksTarget = join(root, 'src/generated/feed-checks.ts');
const check = process.argv.includes('--check');

/** Bundles the TypeScript schema (with zod) into a temporary module and imports it. */
async function loadSchema() {
  const dir = await mkdtemp(join(tmpdir(), 'coalition-schema-'));
  const outfile = join(dir, 'schema.mjs');
  try {
    await build({
      stdin: {
        contents: `export * as schema from './src/feed/schema.ts'; export * as formats from './src/feed/formats.ts'; export { toJSONSchema, registry } from 'zod/mini';`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const { schema: s, formats, toJSONSchema, registry } = await loadSchema();

const LANGUAGE = '[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*';
const MONTH_DAY = '(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';
const OFFSET = '(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])';

/** Shared types, written once under `$defs`. */
const definitions = registry();
definitions.add(s.LocalizedText, {
  id: 'LocalizedText',
  title: 'Text in one or more languages',
  description:
    'Text a visitor reads: either one text for every language, or a map from language code to text. The visitor\'s language is shown if present, then the feed\'s defaultLocale, then any. Text is always shown as text: HTML in it is not interpreted.',
  examples: ['CAP International', { en: 'World Day against Trafficking in Persons', fr: 'Journée mondiale de la lutte contre la traite d\'êtres humains' }],
});
definitions.add(s.Link, {
  id: 'Link',
  title: 'Link',
  description: 'A web address starting with https:// or http://, or an e-mail address starting with mailto:. Anything else is not shown as a link.',
  pattern: '^([Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:)',
  examples: ['https://www.cap-international.org', 'mailto:contact@example.org'],
});
definitions.add(s.DateTime, {
  id: 'DateTime',
  title: 'Date and time with an offset',
  description:
    'A date and time in ISO 8601 with its offset from UTC (or Z for UTC): 2021-06-22T12:00:00+02:00 is noon in Geneva in summer. Seconds are optional.',
  pattern: `^[0-9]{4}-${MONTH_DAY}T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?${OFFSET}$`,
  examples: ['2021-06-22T12:00:00+02:00', '2026-07-30T09:00Z'],
});
definitions.add(s.DayDate, {
  id: 'DayDate',
  title: 'Day',
  description: 'A day: --MM-DD for the same day every year (--07-30 is 30 July), or YYYY-MM-DD for one day only.',
  pattern: `^([0-9]{4}|-)-${MONTH_DAY}$`,
  examples: ['--07-30', '2018-05-30'],
});
definitions.add(s.TimeZone, {
  id: 'TimeZone',
  title: 'Time zone',
  description: 'An IANA time zone name, such as Europe/Paris or America/New_York, used to show the time as it is where the event takes place.',
  pattern: '^([A-Za-z_]+(/[A-Za-z0-9_+-]+)*|UTC)$',
  examples: ['Europe/Paris', 'America/New_York', 'Asia/Kolkata'],
});
definitions.add(s.Country, {
  id: 'Country',
  title: 'Country',
  description: 'A country as its two-letter ISO 3166-1 code, in capitals. Its name is shown in the visitor\'s language.',
  examples: ['FR', 'IN', 'CH'],
});
definitions.add(s.LanguageTag, {
  id: 'LanguageTag',
  title: 'Language code',
  description: 'A language as a BCP 47 code in lower case, such as en, fr, es, de or ar.',
  examples: ['en', 'fr', 'ar'],
});
definitions.add(s.Id, {
  id: 'Id',
  title: 'Id',
  description:
    'A name for an entry that never changes, used by webmasters in their tags (event="hrc47-side-event"). Letters, digits and - _ . : only; unique within its list.',
  examples: ['hrc47-side-event', 'world-day-against-trafficking'],
});

/** Titles, descriptions and examples of every field, per object. */
const fields = new Map([
  [
    s.Feed,
    {
      $schema: { description: 'The address of this schema, so that an editor checks and explains the feed as you type.', examples: ['https://unpkg.com/coalition-widgets/feed.schema.json'] },
      version: { title: 'Feed format version', description: 'Always 1. A feed with another version is refused as a whole.' },
      defaultLocale: { title: 'Default language', description: 'The language shown to visitors whose language the feed has no text for. en if absent.' },
      coalition: { title: 'The coalition', description: 'The coalition that publishes the feed.' },
      events: { title: 'Events', description: 'Events, such as conferences, webinars and side events. Shown by <coalition-event-card> and <coalition-countdown event="…">.' },
      awarenessDays: { title: 'Awareness days', description: 'Days the coalition marks, once or every year. Shown by <coalition-countdown>.' },
      members: { title: 'Member organisations', description: 'The coalition\'s members. Shown by <coalition-member-map>.' },
      statements: { title: 'Statements', description: 'Open letters and statements with their signatories. Shown by <coalition-signatory-list>.' },
    },
  ],
  [
    s.Coalition,
    {
      name: { title: 'Name', description: 'The coalition\'s name.', examples: ['CAP International'] },
      url: { title: 'Website', description: 'The coalition\'s website.' },
    },
  ],
  [
    s.Event,
    {
      id: { title: 'Event id', description: 'The id webmasters use in event="…". Unique among events.' },
      title: { title: 'Title', description: 'The event\'s title.' },
      summary: { title: 'Summary', description: 'One or two sentences about the event.' },
      start: { title: 'Start', description: 'When the event starts, with the offset of the place where it happens.' },
      end: { title: 'End', description: 'When the event ends. Not before start.' },
      timeZone: { title: 'Time zone of the event', description: 'Where the time is shown as the organisers see it; visitors elsewhere also see their own time.' },
      online: { title: 'Online', description: 'true if visitors can take part online.' },
      location: { title: 'Place', description: 'Where the event takes place, if anywhere.' },
      languages: { title: 'Languages offered', description: 'The languages the event is held or interpreted in.', examples: [['en', 'fr', 'es', 'de']] },
      registration: { title: 'Registration', description: 'Where to register, and until when. The Register link is shown until registration closes or the event ends.' },
      url: { title: 'Event page', description: 'A page with more about the event.' },
      organisers: { title: 'Organisers', description: 'The names of the organisations that hold the event.', examples: [['CAP International', 'Permanent Mission of Sweden']] },
      speakers: { title: 'Speakers', description: 'The people who speak, in order.' },
    },
  ],
  [
    s.Location,
    {
      name: { title: 'Place name', examples: ['Palais des Nations'] },
      address: { title: 'Street address' },
      city: { title: 'City', examples: ['Geneva'] },
      country: { title: 'Country' },
    },
  ],
  [
    s.Registration,
    {
      url: { title: 'Registration link', description: 'Where to register, such as a Zoom or form page.' },
      closes: { title: 'Registration closes', description: 'After this moment the Register link is no longer shown.' },
    },
  ],
  [
    s.Speaker,
    {
      name: { title: 'Name', description: 'The speaker\'s name, as written in every language.', examples: ['Anna Jardfelt'] },
      role: { title: 'Role', examples: [{ en: 'Ambassador of Sweden to the UN in Geneva' }] },
      url: { title: 'Link about the speaker' },
    },
  ],
  [
    s.AwarenessDay,
    {
      id: { title: 'Day id', description: 'The id webmasters use in day="…". Unique among awareness days.' },
      name: { title: 'Name' },
      date: { title: 'Date', description: '--MM-DD for every year, or YYYY-MM-DD for once. The countdown runs to the start of that day in the visitor\'s time zone.' },
      url: { title: 'Page about the day' },
    },
  ],
  [
    s.Member,
    {
      id: { title: 'Member id', description: 'Unique among members.' },
      name: { title: 'Name', examples: ['Apne Aap'] },
      country: { title: 'Country', description: 'Where the member is based. Its marker is placed here when it has no coordinates.' },
      city: { title: 'City', examples: ['Kolkata'] },
      coordinates: { title: 'Coordinates', description: 'Where to place the member\'s marker on the map.' },
      url: { title: 'Website' },
    },
  ],
  [
    s.Coordinates,
    {
      lat: { title: 'Latitude', description: 'Degrees north (negative: south), from -90 to 90.', examples: [22.57] },
      lon: { title: 'Longitude', description: 'Degrees east (negative: west), from -180 to 180.', examples: [88.36] },
    },
  ],
  [
    s.Statement,
    {
      id: { title: 'Statement id', description: 'The id webmasters use in statement="…". Unique among statements.' },
      title: { title: 'Title' },
      date: { title: 'Date', description: 'The day the statement was published: YYYY-MM-DD.' },
      url: { title: 'Statement page', description: 'Where to read the statement.' },
      signUrl: { title: 'Sign link', description: 'Where an organisation can sign. A Sign link is shown when present.' },
      groups: { title: 'Groups', description: 'Headings signatories are listed under, in this order.' },
      signatories: { title: 'Signatories', description: 'The organisations that signed.' },
    },
  ],
  [
    s.Group,
    {
      id: { title: 'Group id', description: 'Signatories name it in their group field.' },
      name: { title: 'Heading' },
    },
  ],
  [
    s.Signatory,
    {
      name: { title: 'Name', description: 'The organisation\'s name, as it writes it.', examples: ['Ruhama'] },
      country: { title: 'Country' },
      group: { title: 'Group', description: 'The id of one of the statement\'s groups.' },
      url: { title: 'Website' },
    },
  ],
]);

const objectTitles = new Map([
  [s.Coalition, 'Coalition'],
  [s.Event, 'Event'],
  [s.Location, 'Place'],
  [s.Registration, 'Registration'],
  [s.Speaker, 'Speaker'],
  [s.AwarenessDay, 'Awareness day'],
  [s.Member, 'Member organisation'],
  [s.Coordinates, 'Coordinates'],
  [s.Statement, 'Statement'],
  [s.Group, 'Group of signatories'],
  [s.Signatory, 'Signatory'],
]);

const json = toJSONSchema(s.Feed, {
  target: 'draft-2020-12',
  io: 'input',
  metadata: definitions,
  // Refinements (real dates, known zones) have no JSON Schema form; the patterns above stand in.
  unrepresentable: 'any',
  override({ zodSchema, jsonSchema }) {
    const title = objectTitles.get(zodSchema);
    if (title) jsonSchema.title ??= title;
    const docs = fields.get(zodSchema);
    if (!docs) return;
    for (const [key, meta] of Object.entries(docs)) {
      if (!jsonSchema.properties?.[key]) throw new Error(`build-schema: ${title ?? 'Feed'} has no field ${key}`);
      // A fresh object: shared definitions are the same object wherever they are used.
      jsonSchema.properties[key] = { ...jsonSchema.properties[key], ...meta };
    }
    for (const key of Object.keys(jsonSchema.properties ?? {})) {
      if (!docs[key]) throw new Error(`build-schema: the field ${title ?? 'Feed'}.${key} has no description here`);
    }
  },
});

const output = {
  $schema: json.$schema,
  $id: 'https://unpkg.com/coalition-widgets/feed.schema.json',
  title: 'Coalition Widgets feed, version 1',
  description:
    'The shared feed that every Coalition Widgets element reads: the coalition\'s events, awareness days, members and statements. Fields not listed here are ignored. Check a feed with: npx coalition-widgets validate feed.json',
  ...json,
};
delete output.$schema;
const text = `${JSON.stringify({ $schema: json.$schema, ...output }, null, 2)}\n`;

const checksText = feedChecksSource({
  schema: s,
  formats,
  fields,
  titles: new Map([...objectTitles, [s.LocalizedText, 'Text in one or more languages: one text, or a map from language code to text']]),
  // The elements' names for the types of the feed (a DOM Event is not a coalition's event).
  typeNames: {
    LocalizedText: 'LocalizedText',
    Coalition: 'Coalition',
    Location: 'Location',
    Speaker: 'Speaker',
    Registration: 'Registration',
    Event: 'CoalitionEvent',
    AwarenessDay: 'AwarenessDay',
    Coordinates: 'Coordinates',
    Member: 'Member',
    Group: 'Group',
    Signatory: 'Signatory',
    Statement: 'Statement',
  },
  // What src/feed/parse.ts checks entry by entry.
  checks: ['LanguageTag', 'Coalition', 'Event', 'AwarenessDay', 'Member', 'Statement', 'Group', 'Signatory'],
});

const outputs = [
  [target, text, 'feed.schema.json'],
  [checksTarget, checksText, 'src/generated/feed-checks.ts'],
];
if (check) {
  let stale = false;
  for (const [file, content, name] of outputs) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === content) {
      console.log(`${name} is up to date.`);
    } else {
      console.error(`${name} is not up to date with src/feed/schema.ts: run npm run schema and commit it.`);
      stale = true;
    }
  }
  if (stale) process.exit(1);
} else {
  for (const [file, content, name] of outputs) {
    await writeFile(file, content);
    console.log(`wrote ${name} (${content.length} bytes)`);
  }
}
