/**
 * Checks the text of a feed as the elements would read it, for content editors: every problem
 * with its JSON path, its line and column in the text, and plain words.
 *
 * - `error`: the feed is refused as a whole (not JSON, not an object, wrong version); the elements
 *   show their "unavailable" message.
 * - `warning`: an entry or a link is left out; everything else is shown.
 * - `notice`: shown as written, but probably not what was meant (a translation missing, a
 *   signatory listed twice, a member placed at its country's centre).
 */
import { positionOf, scanJson, type TextPosition } from './json-positions.js';
import { FeedError, formatPath, parseFeed, type PathSegment } from './parse.js';
import type { Feed, LocalizedText } from './types.js';

export type Severity = 'error' | 'warning' | 'notice';

export interface ValidationProblem {
  severity: Severity;
  /** `events[2].start`, or `(feed)` for the feed as a whole. */
  path: string;
  segments: PathSegment[];
  /** Plain words, about the value at `path`. */
  message: string;
  /** Where the value at `path` starts (or its nearest existing parent); from 1. */
  line: number;
  column: number;
  /** Offset in the text, from 0. */
  offset: number;
}

export interface ValidationResult {
  /** True when the elements would refuse the feed: nothing is shown. */
  refused: boolean;
  /** In the order of the text. */
  problems: ValidationProblem[];
  /** What the elements would show, unless refused. */
  feed?: Feed;
  /** The JSON value, when the text is JSON. */
  data?: unknown;
}

const START: TextPosition = { offset: 0, line: 1, column: 1 };

/** The elements refuse feeds larger than this (see `configureFeeds`). */
const MAX_LENGTH = 5 * 1024 * 1024;

/** Validates the text of a feed. Never throws. */
export function validateFeedText(input: string): ValidationResult {
  // Browsers drop a byte order mark when they decode a response; so does this.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > MAX_LENGTH) {
    const size = `${(text.length / 1024 / 1024).toFixed(1)} MB`;
    const message = `the feed is ${size}; the elements refuse feeds larger than 5 MB`;
    return { refused: true, problems: [{ severity: 'error', path: '(feed)', segments: [], message, ...START }] };
  }
  const scan = scanJson(text);
  const problem = (severity: Severity, segments: PathSegment[], message: string, at?: TextPosition): ValidationProblem => {
    const position = at ?? positionOf(scan, segments) ?? START;
    return { severity, path: formatPath(segments), segments, message, line: position.line, column: position.column, offset: position.offset };
  };

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = scan.error?.message ?? `the feed is not JSON (${(e as Error).message})`;
    return { refused: true, problems: [problem('error', [], `not JSON: ${message}`, scan.error?.position)] };
  }

  const problems: ValidationProblem[] = scan.duplicates.map((d) =>
    problem('warning', d.segments, `the name ${JSON.stringify(d.segments.at(-1))} appears twice in this object; only the last one is used`, d.position),
  );

  let feed: Feed;
  try {
    const result = parseFeed(data);
    feed = result.feed;
    for (const w of result.warnings) problems.push(problem('warning', w.segments, w.message));
  } catch (e) {
    const refusal = e instanceof FeedError ? e.problems : [];
    if (refusal.length === 0) refusal.push({ path: '(feed)', segments: [], message: String((e as Error)?.message ?? e), severity: 'error' });
    for (const p of refusal) problems.push(problem('error', p.segments, `${p.message}; the feed is refused`));
    return { refused: true, problems: sorted(problems), data };
  }

  for (const n of notices(data, feed)) problems.push(problem('notice', n.segments, n.message));
  return { refused: false, problems: sorted(problems), feed, data };
}

function sorted(problems: ValidationProblem[]): ValidationProblem[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
  return problems.sort((a, b) => a.offset - b.offset || rank[a.severity] - rank[b.severity]);
}

interface Notice {
  segments: PathSegment[];
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries of a list in the source, with their index, that survived parsing (matched by id). */
function sourceIndex(data: unknown, list: string, id: string): number {
  const items = isRecord(data) && Array.isArray(data[list]) ? (data[list] as unknown[]) : [];
  return items.findIndex((item) => isRecord(item) && item.id === id);
}

const compare = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });

/** Things the elements show as written but an editor probably did not mean. */
function notices(data: unknown, feed: Feed): Notice[] {
  const out: Notice[] = [];

  // Translations: every text given as a map should have the languages the feed uses elsewhere.
  const texts: { segments: PathSegment[]; text: LocalizedText }[] = [];
  const addText = (segments: PathSegment[], text: LocalizedText | undefined) => {
    if (text !== undefined) texts.push({ segments, text });
  };
  if (feed.coalition) addText(['coalition', 'name'], feed.coalition.name);
  for (const e of feed.events) {
    const at: PathSegment[] = ['events', sourceIndex(data, 'events', e.id)];
    addText([...at, 'title'], e.title);
    addText([...at, 'summary'], e.summary);
  }
  for (const d of feed.awarenessDays) addText(['awarenessDays', sourceIndex(data, 'awarenessDays', d.id), 'name'], d.name);
  for (const s of feed.statements) addText(['statements', sourceIndex(data, 'statements', s.id), 'title'], s.title);
  const languages = new Set<string>();
  for (const { text } of texts) if (typeof text !== 'string') for (const lang of Object.keys(text)) languages.add(lang);
  if (languages.size > 1) {
    for (const { segments, text } of texts) {
      if (typeof text === 'string') continue;
      const missing = [...languages].filter((lang) => !(lang in text));
      if (missing.length > 0) {
        const shown = text[feed.defaultLocale] !== undefined ? feed.defaultLocale : Object.keys(text)[0];
        out.push({
          segments,
          message: `has no text in ${missing.join(', ')} (the feed has text in ${[...languages].join(', ')} elsewhere); visitors reading ${missing.length > 1 ? 'those languages' : 'it'} see the ${shown} text`,
        });
      }
    }
  }

  // Members placed at their country's centre.
  for (const m of feed.members) {
    if (!m.coordinates) {
      out.push({
        segments: ['members', sourceIndex(data, 'members', m.id)],
        message: `${JSON.stringify(m.id)} has no coordinates; its marker is placed at the centre of ${m.country}`,
      });
    }
  }

  // Signatories listed twice in one statement, and groups that do not exist.
  for (const s of feed.statements) {
    const at: PathSegment[] = ['statements', sourceIndex(data, 'statements', s.id)];
    const source = valueAtPath(data, [...at, 'signatories']);
    const sourceList = Array.isArray(source) ? source : [];
    const seen: string[] = [];
    const groups = new Set((s.groups ?? []).map((g) => g.id));
    sourceList.forEach((item, i) => {
      if (!isRecord(item) || typeof item.name !== 'string' || !s.signatories.some((kept) => kept.name === item.name)) return;
      if (seen.some((name) => compare.compare(name, item.name as string) === 0)) {
        out.push({ segments: [...at, 'signatories', i, 'name'], message: `${JSON.stringify(item.name)} is listed twice in this statement` });
      }
      seen.push(item.name);
      if (typeof item.group === 'string' && s.groups && !groups.has(item.group)) {
        out.push({
          segments: [...at, 'signatories', i, 'group'],
          message: `${JSON.stringify(item.group)} is not one of this statement's groups (${[...groups].join(', ') || 'none'})`,
        });
      }
    });
  }
  return out;
}

function valueAtPath(root: unknown, segments: readonly PathSegment[]): unknown {
  let v = root;
  for (const key of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PathSegment, unknown>)[key];
  }
  return v;
}
