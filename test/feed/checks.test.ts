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
import { everyFieldFeed, paths, type Path } from '../fixtures/feeds.js';

/** One entry of each kind, every field filled in, from the seeds' facts. */
type Full = { coalition: unknown; events: unknown[]; awarenessDays: unknown[]; members: unknown[]; statements: { groups: unknown[]; signatories: unknown[] }[] };
const full = () => everyFieldFeed() as unknown as Full;
const ENTRIES: Record<string, () => unknown> = {
  LanguageTag: () => 'fr',
  Coalition: () => full().coalition,
  Event: () => full().events[0],
  AwarenessDay: () => full().awarenessDays[0],
  Member: () => full().members[0],
  Statement: () => full().statements[0],
  Group: () => full().statements[0].groups[0],
  Signatory: () => full().statements[0].signatories[0],
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

/**
 * `root` with the value at `path` replaced by a copy of `value` (or the field removed); `root` when
 * the path is gone. A copy: a value inserted twice would make the entry cyclic, and the shared
 * replacements would change from one run to the next.
 */
function change(root: unknown, path: Path, original: unknown, remove: boolean): unknown {
  const value = structuredClone(original);
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
