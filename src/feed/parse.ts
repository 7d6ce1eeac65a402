/**
 * Parses an untrusted value into a {@link Feed}, entry by entry: a feed that is not an object or
 * not version 1 is refused as a whole; an invalid entry (or only its link) is left out with a
 * problem that names its JSON path; everything else is kept.
 */
import {
  AwarenessDay,
  Coalition,
  Event,
  Group,
  LanguageTag,
  Member,
  Signatory,
  Statement,
} from '../generated/feed-checks.js';
import { isRecord, type Check, type Invalid, type PathSegment } from './check.js';
import type { Feed } from './types.js';

export type { PathSegment };

/** Something wrong in a feed, at a place in it. */
export interface FeedProblem {
  /** `events[2].start` */
  path: string;
  /** The same path as segments, to find the place in the source text. */
  segments: PathSegment[];
  /** Plain words, e.g. `"2021-06-31T12:00+02:00" is not a date and time…; this event is left out`. */
  message: string;
  /** `error`: the whole feed is refused; `warning`: an entry or a field is left out. */
  severity: 'error' | 'warning';
}

/** Why a feed could not be used at all. */
export type FeedErrorReason =
  | 'network'
  | 'http'
  | 'timeout'
  | 'too-large'
  | 'not-json'
  | 'not-object'
  | 'version'
  | 'missing-inline';

/** A feed that is refused as a whole. `message` is for the console, in English. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly reason: FeedErrorReason,
    message: string,
    readonly problems: FeedProblem[] = [],
  ) {
    super(message);
  }
}

export interface ParseResult {
  feed: Feed;
  /** Entries and fields left out, each with its path. */
  warnings: FeedProblem[];
}

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || '(feed)';
}

function show(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Plain words for one issue, about the value found at its path. */
function describe(issue: Invalid, value: unknown): string {
  const shown = show(value);
  if (value === undefined) return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      return `${shown} should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_union':
      return `${shown} should be a text, or a map from language code to text`;
    case 'invalid_value':
      return `${shown} should be ${issue.values!.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
    case 'too_big':
      return `${shown} is out of range`;
    default:
      return issue.message ? `${shown} ${issue.message}` : `${shown} is not valid`;
  }
}

/** Fields whose failure costs only the field itself (the entry stays). */
const DROPPABLE = new Set(['url', 'signUrl', 'coordinates']);

class Recovery {
  readonly warnings: FeedProblem[] = [];

  warn(segments: PathSegment[], message: string): void {
    this.warnings.push({ path: formatPath(segments), segments, message, severity: 'warning' });
  }

  /** Parses one entry; drops bad links first, then the entry if it is still invalid. */
  entry<T>(check: Check<T>, value: unknown, at: PathSegment[], noun: string): T | undefined {
    let candidate = value;
    for (let attempt = 0; attempt < 16; attempt++) {
      const issues: Invalid[] = [];
      const parsed = check(candidate, issues);
      if (!issues.length) return parsed;
      const issue = issues[0];
      const cut = droppableCut(issue.path);
      const issueValue = valueAt(candidate, issue.path);
      if (cut === undefined || valueAt(candidate, cut) === undefined) {
        this.warn([...at, ...issue.path], `${describe(issue, issueValue)}; this ${noun} is left out`);
        return undefined;
      }
      const field = String(cut[cut.length - 1]);
      this.warn(
        [...at, ...(cut as PathSegment[])],
        `${describe(issue, issueValue)}; ${field === 'coordinates' ? 'the coordinates are' : 'this link is'} left out`,
      );
      candidate = without(candidate, cut);
    }
    return undefined;
  }

  /** Parses a list entry by entry, leaving out invalid entries and repeated ids. */
  list<T>(
    check: Check<T>,
    value: unknown,
    at: PathSegment[],
    noun: string,
    prepare?: (item: unknown, at: PathSegment[]) => unknown,
  ): T[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.warn(at, `${show(value)} should be a list; it is left out`);
      return [];
    }
    const out: T[] = [];
    const ids = new Set<string>();
    value.forEach((item, i) => {
      const itemAt = [...at, i];
      const parsed = this.entry(check, prepare ? prepare(item, itemAt) : item, itemAt, noun);
      if (parsed === undefined) return;
      const id = (parsed as { id?: unknown }).id;
      if (typeof id === 'string') {
        if (ids.has(id)) {
          this.warn([...itemAt, 'id'], `${show(id)} is used by an earlier ${noun}; this ${noun} is left out`);
          return;
        }
        ids.add(id);
      }
      out.push(parsed);
    });
    return out;
  }
}

function droppableCut(path: readonly PropertyKey[]): PropertyKey[] | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'string' && DROPPABLE.has(path[i] as string)) return path.slice(0, i + 1);
  }
  return undefined;
}

/** A copy of `value` without the field at `path` (copies only along the path). */
function without(value: unknown, path: readonly PropertyKey[]): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<PropertyKey, unknown>;
  if (rest.length === 0) delete copy[head];
  else copy[head] = without(copy[head], rest);
  return copy;
}

/**
 * Parses a feed object. Throws {@link FeedError} when the feed is refused as a whole (not an
 * object, or a `version` other than 1); otherwise returns the valid content and the warnings.
 */
export function parseFeed(input: unknown): ParseResult {
  if (!isRecord(input)) {
    throw new FeedError('not-object', `the feed is ${Array.isArray(input) ? 'a list' : show(input) || 'empty'}, not an object`, [
      { path: '(feed)', segments: [], message: 'the feed must be a JSON object', severity: 'error' },
    ]);
  }
  if (input.version !== 1) {
    const message =
      input.version === undefined ? 'version is missing; it must be 1' : `version is ${show(input.version)}; it must be 1`;
    throw new FeedError('version', `the feed's ${message}`, [
      { path: 'version', segments: ['version'], message, severity: 'error' },
    ]);
  }

  const r = new Recovery();
  let defaultLocale = 'en';
  if (input.defaultLocale !== undefined) {
    const parsed = r.entry(LanguageTag, input.defaultLocale, ['defaultLocale'], 'setting');
    if (parsed) defaultLocale = parsed;
  }
  const coalition = input.coalition === undefined ? undefined : r.entry(Coalition, input.coalition, ['coalition'], 'coalition');

  const statements = r.list(Statement, input.statements, ['statements'], 'statement', (item, at) => {
    if (!isRecord(item)) return item;
    // Signatories and groups recover one by one, so one bad name does not cost the statement.
    const signatories = r.list(Signatory, item.signatories ?? [], [...at, 'signatories'], 'signatory');
    const groups = item.groups === undefined ? undefined : r.list(Group, item.groups, [...at, 'groups'], 'group');
    return { ...item, signatories, groups };
  });

  const feed: Feed = {
    version: 1,
    defaultLocale,
    coalition,
    events: r.list(Event, input.events, ['events'], 'event'),
    awarenessDays: r.list(AwarenessDay, input.awarenessDays, ['awarenessDays'], 'awareness day'),
    members: r.list(Member, input.members, ['members'], 'member'),
    statements,
  };
  if (!coalition) delete feed.coalition;
  return { feed, warnings: r.warnings };
}
