/**
 * Random and mutated feeds, thrown at the parser and at every element: nothing may throw into the page,
 * no feed text may become markup, and no link other than https:, http: or mailto: may be rendered.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError, parseFeed } from '../../src/feed/parse.js';
import '../../src/coalition-widgets.js';
import { everyFieldFeed as baseFeed, paths, type Path } from '../fixtures/feeds.js';

/** Strings that would do harm if they became markup or links. */
const HOSTILE = [
  '<b class="injected">bold</b>',
  '<img class="injected" src="x" onerror="window.__pwned = true">',
  '<script class="injected">window.__pwned = true</script>',
  '"><svg class="injected" onload="window.__pwned = true">',
  'javascript:window.__pwned = true',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<b class="injected">x</b>',
  'vbscript:msgbox(1)',
  '//evil.example/path',
  '\u202Eevil\u202C',
  '',
  '   ',
  '0000-00-00T00:00:00+00:00',
  '2021-02-30T12:00:00+01:00',
  '--02-30',
  'Not/AZone',
  'ZZ',
  'constructor',
  '__proto__',
];

const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.anything({ maxDepth: 2 }),
);

function setAt(root: Record<string, unknown>, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return root;
}

const BASE_PATHS = paths(baseFeed());

/** A feed with a few of its values (leaves or whole sub-trees) replaced by hostile ones. */
const mutatedFeed = fc
  .array(fc.record({ at: fc.nat(BASE_PATHS.length - 1), value: hostile }), { minLength: 1, maxLength: 6 })
  .map((mutations) => {
    let feed: unknown = baseFeed();
    for (const { at, value } of mutations) {
      // A path may have disappeared under an earlier mutation: then this one is skipped.
      try {
        feed = setAt(feed as Record<string, unknown>, BASE_PATHS[at], value);
      } catch {
        /* the parent is no longer an object */
      }
    }
    return feed;
  });

/** A feed whose every string is hostile, in an otherwise valid shape. */
const hostileStrings = fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 40 }).map((strings) => {
  let i = 0;
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return key === 'version' ? v : strings[i++ % strings.length];
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(baseFeed());
});

const TAGS = ['coalition-event-card', 'coalition-countdown', 'coalition-member-map', 'coalition-signatory-list'] as const;

/** Every node of an element's rendering, shadow roots included. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

const SAFE_HREF = /^(https?:|mailto:)/i;

function assertSafe(container: HTMLElement): void {
  for (const el of deepElements(container)) {
    expect(el.classList.contains('injected'), `feed text became markup: <${el.localName}>`).to.equal(false);
    if (el.localName === 'script') {
      // Only the event card's JSON-LD, which is data and never executed.
      expect(el.getAttribute('type')).to.equal('application/ld+json');
      expect(el.textContent).not.to.match(/<\/?script/i);
    }
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on'), `event handler attribute ${attr} on <${el.localName}>`).to.equal(false);
    }
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (href !== null && (el.localName === 'a' || el.localName === 'area')) {
      expect(href, `unsafe link on <${el.localName}>`).to.match(SAFE_HREF);
    }
  }
  expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
}

async function renderAll(feed: unknown): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`
    <div>
      <coalition-event-card .feedData=${feed}></coalition-event-card>
      <coalition-countdown .feedData=${feed}></coalition-countdown>
      <coalition-member-map .feedData=${feed}></coalition-member-map>
      <coalition-signatory-list .feedData=${feed}></coalition-signatory-list>
    </div>
  `);
  for (const tag of TAGS) await (container.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  // Let lazily loaded parts (the map geometry) arrive and render.
  await new Promise((r) => setTimeout(r, 0));
  return container;
}

describe('random and hostile feeds', () => {
  let errors: unknown[];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  const realWarn = console.warn;
  const realError = console.error;

  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // The parser warns for every entry it leaves out; hundreds of runs would flood the log.
    console.warn = () => {};
    console.error = () => {};
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = realWarn;
    console.error = realError;
  });

  it('the parser refuses a feed only with a FeedError, and keeps only safe links', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedFeed, hostileStrings, fc.anything()), (input) => {
        let result: ReturnType<typeof parseFeed> | undefined;
        try {
          result = parseFeed(input);
        } catch (e) {
          // A refused feed (not an object, wrong version) is a FeedError that the loader turns into
          // the error state; anything else would be a bug.
          expect(e).to.be.instanceOf(FeedError);
          return;
        }
        if (result?.feed) {
          const text = JSON.stringify(result.feed);
          for (const m of text.matchAll(/"(?:url|signUrl)":"([^"]*)"/g)) expect(m[1]).to.match(SAFE_HREF);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every element renders mutated feeds without throwing into the page', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFeed, async (feed) => {
        const container = await renderAll(feed);
        assertSafe(container);
        expect(errors, String(errors[0])).to.deep.equal([]);
        container.remove();
      }),
      { numRuns: 60 },
    );
  });

  it('no feed text becomes markup and no unsafe link is rendered', async () => {
    await fc.assert(
      fc.asyncProperty(hostileStrings, async (feed) => {
        const container = await renderAll(feed);
        assertSafe(container);
        expect(errors, String(errors[0])).to.deep.equal([]);
        container.remove();
      }),
      { numRuns: 40 },
    );
  });

  it('shows hostile text as text', async () => {
    const feed = baseFeed();
    (feed.events as { title: unknown }[])[0].title = '<b class="injected">bold</b>';
    const container = await renderAll(feed);
    const card = container.querySelector('coalition-event-card')!;
    expect(card.shadowRoot!.textContent).to.contain('<b class="injected">bold</b>');
    assertSafe(container);
  });
});
