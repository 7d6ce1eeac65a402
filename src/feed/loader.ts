/**
 * Loads feeds once per page: every element that names the same feed shares one request, one parse
 * and one state, and hears when it changes (a later successful load replaces an error).
 */
import { FeedError, parseFeed, type FeedProblem, type ParseResult } from './parse.js';
import type { Feed } from './types.js';

export type FeedState =
  | { status: 'loading'; feed?: Feed }
  | { status: 'ready'; feed: Feed; warnings: FeedProblem[] }
  /** `feed` is the last good content, kept when a refresh fails. */
  | { status: 'error'; error: FeedError; feed?: Feed };

export interface FeedOptions {
  /** Milliseconds before a request is given up. */
  timeout: number;
  /** Largest feed accepted, in bytes. */
  maxBytes: number;
}

const options: FeedOptions = { timeout: 15_000, maxBytes: 5 * 1024 * 1024 };

/** Changes how feeds are fetched from now on (for all elements on the page). */
export function configureFeeds(change: Partial<FeedOptions>): void {
  Object.assign(options, change);
}

type Listener = (state: FeedState) => void;

/** One feed of the page, named by its absolute URL or `#id`. */
export class FeedSource {
  state: FeedState = { status: 'loading' };
  readonly #listeners = new Set<Listener>();
  #pending?: Promise<void>;

  constructor(readonly key: string) {}

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    watchConnectivity();
    // An error is retried when another element asks for the same feed.
    if (!this.#pending && this.state.status !== 'ready') void this.load();
    listener(this.state);
    return () => this.#listeners.delete(listener);
  }

  /** Fetches and parses again (unless a load is already under way). */
  load(): Promise<void> {
    this.#pending ??= this.#fetchAndParse().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  #set(state: FeedState): void {
    this.state = state;
    for (const listener of [...this.#listeners]) listener(state);
  }

  async #fetchAndParse(): Promise<void> {
    const last = this.state.feed;
    if (this.state.status !== 'loading') this.#set({ status: 'loading', feed: last });
    try {
      const inline = this.key.startsWith('#');
      if (!inline) warmUpWhileWaiting();
      const raw = inline ? readInline(this.key.slice(1)) : await fetchText(this.key);
      const result = parseText(raw, this.key);
      this.#set({ status: 'ready', ...result });
    } catch (e) {
      const error =
        e instanceof FeedError ? e : new FeedError('network', `could not be fetched (${(e as Error)?.message ?? e})`);
      console.error(`coalition-widgets: the feed ${this.key} ${error.message}.`);
      this.#set({ status: 'error', error, feed: last });
    }
  }
}

/**
 * A small feed that touches every part of the schema. Parsing a feed costs far more the first time
 * (the browser compiles the code and loads its time-zone data) than after: that first time is
 * spent on this feed while the real one is on its way.
 */
/** @internal */
export const WARM_UP_FEED = {
  version: 1,
  events: [
    {
      id: 'a',
      title: { en: 'a' },
      start: '2026-07-30T10:00:00+02:00',
      end: '2026-07-30T11:00:00Z',
      timeZone: 'Europe/Paris',
      location: { city: 'a', country: 'FR' },
      registration: { url: 'https://example.org/', closes: '2026-07-30T10:00:00Z' },
      speakers: [{ name: 'a', role: 'a' }],
      languages: ['en'],
      organisers: ['a'],
    },
  ],
  awarenessDays: [{ id: 'a', name: 'a', date: '--07-30' }],
  members: [{ id: 'a', name: 'a', country: 'FR', coordinates: { lat: 0, lon: 0 }, url: 'mailto:a@example.org' }],
  statements: [{ id: 'a', title: 'a', date: '2026-07-30', groups: [{ id: 'a', name: 'a' }], signatories: [{ name: 'a', group: 'a' }] }],
};
let warmedUp = false;
let warmUpPlanned = false;

function warmUpWhileWaiting(): void {
  if (warmUpPlanned) return;
  warmUpPlanned = true;
  setTimeout(() => {
    if (warmedUp) return;
    warmedUp = true;
    try {
      parseFeed(WARM_UP_FEED);
    } catch {
      // Only ever a head start: the real feed is parsed whatever happens here.
    }
  });
}

/** Parses JSON text and logs each warning once. */
export function parseText(raw: string, key = 'feed'): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new FeedError('not-json', `is not valid JSON (${(e as Error).message})`);
  }
  return logged(parseFeed(json), key);
}

function logged(result: ParseResult, key: string): ParseResult {
  for (const w of result.warnings) console.warn(`coalition-widgets: ${key}: ${w.path}: ${w.message}.`);
  return result;
}

function readInline(id: string): string {
  const script = document.getElementById(id);
  if (!(script instanceof HTMLScriptElement)) {
    throw new FeedError('missing-inline', `was not found: the page has no <script type="application/json" id="${id}">`);
  }
  return script.textContent ?? '';
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeout),
    });
  } catch (e) {
    if ((e as Error)?.name === 'TimeoutError') {
      throw new FeedError('timeout', `did not answer within ${options.timeout / 1000} s`);
    }
    throw new FeedError('network', `could not be fetched (${(e as Error)?.message ?? e})`);
  }
  // The feed is arriving: parsing it will warm up as well, no need for the warm-up feed.
  warmedUp = true;
  if (!response.ok) throw new FeedError('http', `answered HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > options.maxBytes) throw tooLarge();
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    if ((e as Error)?.name === 'TimeoutError') {
      throw new FeedError('timeout', `did not answer within ${options.timeout / 1000} s`);
    }
    throw new FeedError('network', `could not be read (${(e as Error)?.message ?? e})`);
  }
  if (text.length > options.maxBytes) throw tooLarge();
  return text;
}

function tooLarge(): FeedError {
  return new FeedError('too-large', `is larger than ${Math.round(options.maxBytes / 1024 / 1024)} MB`);
}

const sources = new Map<string, FeedSource>();
let watching = false;

/** When the browser comes back online, feeds that failed are tried again. */
function watchConnectivity(): void {
  if (watching) return;
  watching = true;
  addEventListener('online', () => {
    for (const source of sources.values()) if (source.state.status === 'error') void source.load();
  });
}

/** The shared source for a `feed` attribute value, resolved against `base` (the page by default). */
export function feedSource(ref: string, base: string = document.baseURI): FeedSource {
  const key = ref.startsWith('#') ? ref : new URL(ref, base).href;
  let source = sources.get(key);
  if (!source) sources.set(key, (source = new FeedSource(key)));
  return source;
}

/** Forgets every loaded feed, so the next element fetches again (tests, live preview). */
export function clearFeedCache(): void {
  sources.clear();
}

const parsedObjects = new WeakMap<object, FeedState>();

/** The state for a `feedData` object: parsed once per object. */
export function feedDataState(data: unknown): FeedState {
  const cached = typeof data === 'object' && data !== null ? parsedObjects.get(data) : undefined;
  if (cached) return cached;
  let state: FeedState;
  try {
    state = { status: 'ready', ...logged(parseFeed(data), 'feedData') };
  } catch (e) {
    const error = e instanceof FeedError ? e : new FeedError('not-object', String(e));
    console.error(`coalition-widgets: feedData ${error.message}.`);
    state = { status: 'error', error };
  }
  if (typeof data === 'object' && data !== null) parsedObjects.set(data, state);
  return state;
}
