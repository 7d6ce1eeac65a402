/**
 * The validator the elements run (src/generated/feed-checks.ts, generated from the zod schema) must
 * accept exactly what the zod schema accepts, return the same value, and report the same first
 * issue, for valid entries and for thousands of mutated ones.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Check, Invalid } from '../../src/feed/check.js';
import * as zod from '../../src/feed/schema.js';
import * as generated from '../../src/generated/feed-checks.js';

/** One entry of each kind, every field filled in, from the seeds' facts. */
const ENTRIES: Record<string, () => unknown> = {
  LanguageTag: () => 'fr',
  Coalition: () => ({ name: { en: 'CAP International', fr: 'CAP International' }, url: 'https://www.cap-international.org' }),
  Event: () => ({
    id: 'hrc47-side-event',
    title: { en: 'Championing the elimination of trafficking in human beings', fr: 'Promouvoir l’élimination de la traite' },
    summary: 'Side event to the 47th session of the Human Rights Council.',
    start: '2021-06-22T12:00:00+02:00',
    end: '2021-06-22T13:30:00+02:00',
    timeZone: 'Europe/Paris',
    online: true,
    location: { name: 'Palais des Nations', address: 'Avenue de la Paix 8-14', city: 'Geneva', country: 'CH' },
    languages: ['en', 'fr', 'es', 'de'],
    registration: { url: 'https://zoom.us/webinar/register/WN_sJ2dQemUSzycfPHN0OtFqg', closes: '2021-06-22T11:00:00+02:00' },
    url: 'https://www.cap-international.org/',
    organisers: ['CAP International', 'Permanent Mission of Sweden'],
    speakers: [{ name: 'Anna Jardfelt', role: { en: 'Ambassador of Sweden to the UN in Geneva' }, url: 'https://example.org/' }],
  }),
  AwarenessDay: () => ({
    id: 'world-day-against-trafficking',
    name: { en: 'World Day against Trafficking in Persons', ar: 'اليوم العالمي لمكافحة الاتجار بالأشخاص' },
    date: '--07-30',
    url: 'https://www.un.org/en/observances/end-human-trafficking-day',
  }),
  Member: () => ({
    id: 'apne-aap',
    name: 'Apne Aap',
    country: 'IN',
    city: { en: 'Kolkata' },
    coordinates: { lat: 22.57, lon: 88.36 },
    url: 'https://apneaap.org',
  }),
  Statement: () => ({
    id: 'ilo-letter-2018',
    title: { en: 'Letter from 85 NGOs to the ILO Standard Setting Committee' },
    date: '2018-05-30',
    url: 'https://www.cap-international.org/',
    signUrl: 'mailto:contact@cap-international.org',
    groups: [{ id: 'members', name: { en: 'CAP International and its members' } }],
    signatories: [
      { name: 'Ruhama', country: 'IE', group: 'members', url: 'https://www.ruhama.ie' },
      { name: 'Apne Aap', country: 'IN' },
    ],
  }),
  Group: () => ({ id: 'members', name: { en: 'CAP International and its members' } }),
  Signatory: () => ({ name: 'Ruhama', country: 'IE', group: 'members', url: 'https://www.ruhama.ie' }),
};

/** Values that break one rule or another, and values valid somewhere else in a feed. */
const REPLACEMENTS = [
  '', '   ', 'x', 'FR', 'fr', 'ZZZ', '--02-29', '--02-30', '2018-05-30', '2021-06-31T12:00:00+02:00',
  '2021-06-22T12:00', '2021-06-22T12:00Z', '2021-06-22T14:00:00+02:00', '2021-06-22T10:00:00+02:00',
  'Europe/Paris', 'Not/AZone', 'https://example.org', 'javascript:alert(1)', 'mailto:a@example.org',
  'data:text/html,x', 'hrc47-side-event', '-bad-id', '__proto__', 'constructor', '<b>bold</b>',
  0, 1, -1, 91, -181, 22.5, NaN, Infinity, true, false, null, undefined,
  [], ['en'], [''], {}, { en: '' }, { en: 'Text' }, { 'not a tag': 'Text' }, { en: 1 },
];

const replacement = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REPLACEMENTS) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

type Path = (string | number)[];

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

/** `root` with the value at `path` replaced (or the field removed); `root` when the path is gone. */
function change(root: unknown, path: Path, value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  if (root === null || typeof root !== 'object') return root;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    node = node?.[key] as Record<string | number, unknown>;
    if (node === null || typeof node !== 'object') return root;
  }
  const last = path[path.length - 1];
  if (remove) delete node[last];
  else node[last] = value;
  return root;
}

function mutated(name: string): fc.Arbitrary<unknown> {
  const all = paths(ENTRIES[name]());
  return fc
    .array(fc.record({ at: fc.nat(all.length - 1), value: replacement, remove: fc.boolean() }), { minLength: 0, maxLength: 4 })
    .map((changes) => changes.reduce((entry, { at, value, remove }) => change(entry, all[at], value, remove), ENTRIES[name]()));
}

type Outcome =
  | { ok: true; value: unknown }
  | { ok: false; code: string; path: PropertyKey[]; expected?: string; values?: readonly unknown[]; message?: string };

function byZod(name: string, value: unknown): Outcome {
  const schema = (zod as unknown as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: Record<string, unknown>[] } } }>)[name];
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error!.issues[0];
  // zod's own words ("Invalid string: must match pattern …") are not the schema's.
  const message = typeof issue.message === 'string' && !issue.message.startsWith('Invalid') ? issue.message : undefined;
  return {
    ok: false,
    code: issue.code as string,
    path: issue.path as PropertyKey[],
    ...(issue.code === 'invalid_type' ? { expected: issue.expected as string } : {}),
    ...(issue.code === 'invalid_value' ? { values: issue.values as unknown[] } : {}),
    ...(message !== undefined && (issue.code === 'custom' || issue.code === 'invalid_format') ? { message } : {}),
  };
}

function byGenerated(name: string, value: unknown): Outcome {
  const check = (generated as unknown as Record<string, Check<unknown>>)[name];
  const issues: Invalid[] = [];
  const out = check(value, issues);
  if (!issues.length) return { ok: true, value: out };
  const [e] = issues;
  return {
    ok: false,
    code: e.code,
    path: e.path,
    ...(e.expected !== undefined ? { expected: e.expected } : {}),
    ...(e.values !== undefined ? { values: e.values } : {}),
    ...(e.message !== undefined ? { message: e.message } : {}),
  };
}

describe('the generated validator and the zod schema', () => {
  for (const name of Object.keys(ENTRIES)) {
    it(`agree on a valid ${name}, which both return without unknown fields`, () => {
      const entry = ENTRIES[name]() as unknown;
      const withExtra = entry && typeof entry === 'object' ? { ...entry, notInTheSchema: 'dropped' } : entry;
      const outcome = byGenerated(name, withExtra);
      expect(outcome).to.deep.equal(byZod(name, withExtra));
      expect(outcome).to.deep.equal({ ok: true, value: entry });
    });

    it(`agree on every mutated ${name}: the same verdict, value and first issue`, () => {
      let refused = 0;
      fc.assert(
        fc.property(mutated(name), (value) => {
          const expected = byZod(name, value);
          expect(byGenerated(name, value), JSON.stringify(value)).to.deep.equal(expected);
          if (!expected.ok) refused++;
        }),
        { numRuns: 400 },
      );
      // The mutations must reach the rules: most mutated entries are refused.
      expect(refused).to.be.greaterThan(100);
    });
  }

  it('report an issue where zod does, for each kind of rule', () => {
    const cases: [string, unknown, Partial<Outcome>][] = [
      ['Event', { ...(ENTRIES.Event() as object), end: '2021-06-22T10:00:00+02:00' }, { code: 'custom', path: ['end'], message: 'ends before it starts' }],
      ['Member', { ...(ENTRIES.Member() as object), coordinates: { lat: 91, lon: 0 } }, { code: 'too_big', path: ['coordinates', 'lat'] }],
      ['Member', { ...(ENTRIES.Member() as object), country: 'fr' }, { code: 'invalid_format', path: ['country'] }],
      ['Statement', { ...(ENTRIES.Statement() as object), signatories: [{ name: '  ' }] }, { code: 'custom', path: ['signatories', 0, 'name'], message: 'is empty' }],
      ['Group', { id: 'members', name: { 'not a tag': 'x' } }, { code: 'invalid_union', path: ['name'] }],
      ['Signatory', { name: 1 }, { code: 'invalid_type', path: ['name'], expected: 'string' }],
    ];
    for (const [name, value, issue] of cases) {
      expect(byGenerated(name, value)).to.deep.equal(byZod(name, value));
      expect(byGenerated(name, value)).to.deep.include(issue);
    }
  });
});
