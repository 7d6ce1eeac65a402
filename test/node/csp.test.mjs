// The self-contained bundle, as a webmaster uses it: built with `vite build`, served from a plain static
// host under a strict Content-Security-Policy, loaded by one <script type="module" src> and nothing else.
// Every element must render its feed, with no policy violation and no request outside the page's origin.
// The same for the one-element files (`vite build --mode elements:<name>`, dist/elements/), alone, two on a
// page, and beside the bundle. And the bundle as WordPress loads it, `coalition-widgets.js?ver=6.4.2`,
// with the lazy chunks (Arabic strings, long list, map geometry) that must not load it a second time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { ELEMENTS } from '../../scripts/lib/elements.mjs';
import { findChrome } from '../../scripts/find-chrome.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

const feed = {
  version: 1,
  defaultLocale: 'en',
  coalition: { name: 'CAP International', url: 'https://www.cap-international.org' },
  events: [
    {
      id: 'example-webinar-2027',
      title: { en: 'Example: ending demand for prostitution', fr: 'Exemple : mettre fin à la demande de prostitution', ar: 'مثال: إنهاء الطلب على البغاء' },
      start: '2099-07-27T14:00:00+02:00',
      end: '2099-07-27T15:30:00+02:00',
      timeZone: 'Europe/Paris',
      online: true,
      languages: ['en', 'fr'],
      registration: { url: 'https://zoom.us/webinar/register/WN_example' },
    },
  ],
  awarenessDays: [
    {
      id: 'world-day-against-trafficking',
      name: { en: 'World Day against Trafficking in Persons', fr: 'Journée mondiale de la lutte contre la traite d’êtres humains', ar: 'اليوم العالمي لمكافحة الاتجار بالأشخاص' },
      date: '--07-30',
    },
  ],
  members: [
    { id: 'apne-aap', name: 'Apne Aap', country: 'IN', city: 'Kolkata', coordinates: { lat: 22.57, lon: 88.36 }, url: 'https://apneaap.org' },
    { id: 'ruhama', name: 'Ruhama', country: 'IE', city: 'Dublin' },
  ],
  statements: [
    {
      id: 'ilo-letter-2018',
      title: { en: 'Letter from 85 NGOs to the ILO Standard Setting Committee' },
      date: '2018-05-30',
      signatories: [
        { name: 'Ruhama', country: 'IE' },
        { name: 'Apne Aap', country: 'IN' },
      ],
    },
  ],
};

/** The same feed with a statement of 1,500 signatories: shown at once, more than 1,000, they need the long-list chunk. */
const LONG = 1500;
const longFeed = {
  ...feed,
  statements: [
    {
      id: 'petition',
      title: { en: 'Petition', ar: 'عريضة' },
      date: '2024-03-08',
      signatories: Array.from({ length: LONG }, (_, i) => ({ name: `Organisation ${i + 1}`, country: ['FR', 'IE', 'IN', 'SE'][i % 4] })),
    },
  ],
};

/** A WordPress page in Arabic: the script with the `?ver=` WordPress adds, a member map and the 1,500 names at once. */
const wordpressPage = `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>WordPress</title><script type="module" src="/coalition-widgets.js?ver=6.4.2"></script></head>
<body>
  <coalition-member-map feed="/feed-long.json"></coalition-member-map>
  <coalition-signatory-list feed="/feed-long.json" page-size="${LONG + 500}"></coalition-signatory-list>
</body>
</html>`;

const TAGS = ['coalition-event-card', 'coalition-countdown', 'coalition-member-map', 'coalition-signatory-list'];
const ATTRIBUTES = { 'coalition-countdown': ' day="world-day-against-trafficking"' };
const FILES = {
  'coalition-event-card': '/elements/event-card.js',
  'coalition-countdown': '/elements/countdown.js',
  'coalition-member-map': '/elements/member-map.js',
  'coalition-signatory-list': '/elements/signatory-list.js',
};

/** A page in `lang` that loads `scripts` and shows `tags`; by default the bundle and every element. */
const page = (lang, scripts = ['/coalition-widgets.js'], tags = TAGS) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><title>CSP</title>${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head>
<body>
${tags.map((t) => `  <${t} feed="/feed.json"${ATTRIBUTES[t] ?? ''}></${t}>`).join('\n')}
</body>
</html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

let out;
let server;
let browser;
let origin;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'coalition-csp-'));
  await build({ logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  for (const element of ELEMENTS) {
    await build({ logLevel: 'silent', mode: `elements:${element}`, build: { outDir: join(out, 'elements'), emptyOutDir: false } });
  }
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const headers = { 'Content-Security-Policy': CSP };
    if (url.pathname === '/wordpress.html') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
      return res.end(wordpressPage);
    }
    if (url.pathname === '/' || url.pathname.endsWith('.html')) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
      const list = (name) => url.searchParams.get(name)?.split(',');
      return res.end(page(url.searchParams.get('lang') ?? 'en', list('scripts'), list('tags')));
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, headers);
      return res.end();
    }
    if (url.pathname === '/feed.json' || url.pathname === '/feed-long.json') {
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
      return res.end(JSON.stringify(url.pathname === '/feed.json' ? feed : longFeed));
    }
    const file = join(out, normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404, headers);
      return res.end();
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/**
 * A new tab that records its requests, errors and policy violations; the page also keeps the tags it
 * defines (window.__defined) and lit-localize's status events (window.__localize).
 */
async function openTab() {
  const tab = await browser.newPage();
  const requests = [];
  const problems = [];
  tab.on('request', (r) => requests.push(r.url()));
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  tab.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await tab.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
    window.__defined = [];
    const define = customElements.define;
    customElements.define = function (name, ...rest) {
      window.__defined.push(name);
      return define.call(this, name, ...rest);
    };
    window.__localize = [];
    window.addEventListener('lit-localize-status', (e) => window.__localize.push({ ...e.detail }));
  });
  return { tab, requests, problems };
}

/** Loads the page, waits for every element on it to show its feed (and a map to be drawn), returns what it saw. */
async function visit(lang, scripts, tags = TAGS) {
  const { tab, requests, problems } = await openTab();
  const query = new URLSearchParams({ lang, ...(scripts ? { scripts: scripts.join(','), tags: tags.join(',') } : {}) });
  await tab.goto(`${origin}/?${query}`, { waitUntil: 'load' });
  const read = () =>
    tab.evaluate((all) => {
      const texts = all.map((t) => document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      const defined = all.filter((t) => customElements.get(t));
      const drawn = !!document.querySelector('coalition-member-map')?.shadowRoot?.querySelector('svg path');
      return { texts, defined, drawn };
    }, TAGS);
  // Every element shows its feed and a map is drawn; after 15 s, the assertions say what is missing.
  await tab
    .waitForFunction(
      (tags) =>
        tags.every((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0) &&
        (!tags.includes('coalition-member-map') || !!document.querySelector('coalition-member-map')?.shadowRoot?.querySelector('svg path')),
      { timeout: 15_000 },
      tags,
    )
    .catch(() => {});
  const { texts: seen, defined, drawn } = await read();
  const violations = await tab.evaluate(() => window.__violations);
  await tab.close();
  return { seen, defined, drawn, violations, problems, requests };
}

/** No policy violation, no error, no request outside the page's origin. */
function assertClean({ violations, problems, requests }) {
  assert.deepEqual(violations, [], 'Content-Security-Policy violations');
  assert.deepEqual(problems, [], 'errors in the page');
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'requests outside the page’s origin');
}

/** What each element shows of the feed, in English. */
const EXPECTED = {
  'coalition-event-card': /Example: ending demand for prostitution/,
  'coalition-countdown': /World Day against Trafficking in Persons/,
  'coalition-member-map': /Apne Aap/,
  'coalition-signatory-list': /Letter from 85 NGOs/,
};

describe('the bundle under a strict Content-Security-Policy, alone on a static host', () => {
  for (const lang of ['en', 'ar']) {
    it(`renders every element in ${lang} with no violation and no third-party request`, async () => {
      const visited = await visit(lang);
      assertClean(visited);
      const { seen, drawn, requests } = visited;
      assert.ok(drawn, 'the member map drew its world map');
      const [card, countdown, map, list] = seen;
      if (lang === 'en') {
        assert.match(card, EXPECTED['coalition-event-card']);
        assert.match(countdown, EXPECTED['coalition-countdown']);
        assert.match(map, EXPECTED['coalition-member-map']);
        assert.match(list, EXPECTED['coalition-signatory-list']);
      } else {
        assert.match(card, /مثال: إنهاء الطلب على البغاء/);
        assert.match(countdown, /اليوم العالمي لمكافحة الاتجار بالأشخاص/);
      }
      // The locale's strings are a chunk of their own, loaded only for that locale.
      const localeChunks = requests.filter((u) => /\/(fr|es|de|ar)[-.][^/]*\.js$/.test(u));
      assert.equal(localeChunks.length, lang === 'en' ? 0 : 1, `locale chunks loaded: ${localeChunks.join(', ')}`);
    });
  }
});

describe('one element’s own file (dist/elements/) under the same policy', () => {
  for (const tag of TAGS) {
    it(`${FILES[tag]} alone renders <${tag}> and defines no other tag`, async () => {
      const visited = await visit('en', [FILES[tag]], [tag]);
      assertClean(visited);
      assert.match(visited.seen[TAGS.indexOf(tag)], EXPECTED[tag]);
      assert.deepEqual(visited.defined, [tag], 'the tags defined on the page');
      if (tag === 'coalition-member-map') assert.ok(visited.drawn, 'the member map drew its world map');
      assert.ok(!visited.requests.some((u) => u.endsWith('/coalition-widgets.js')), 'the bundle of every element was not loaded');
      // One file: no chunk loaded with it, only those an element asks for later (the map's geometry).
      const scripts = visited.requests.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname);
      assert.deepEqual(scripts.filter((u) => !/\/chunks\/geometry-[\w-]+\.js$/.test(u)), [FILES[tag]], 'the scripts the page loaded');
    });
  }

  it('in Arabic, loads the Arabic strings and shows them', async () => {
    const visited = await visit('ar', [FILES['coalition-event-card']], ['coalition-event-card']);
    assertClean(visited);
    assert.match(visited.seen[0], /مثال: إنهاء الطلب على البغاء/);
    assert.match(visited.seen[0], /سجّل|التسجيل/);
    assert.equal(visited.requests.filter((u) => /\/ar-[^/]*\.js$/.test(u)).length, 1, 'the Arabic strings, once');
  });

  it('two of them on one page work side by side: both shown, no script fetched twice', async () => {
    const files = [FILES['coalition-event-card'], FILES['coalition-signatory-list']];
    const visited = await visit('en', files, ['coalition-event-card', 'coalition-signatory-list']);
    assertClean(visited);
    assert.match(visited.seen[0], EXPECTED['coalition-event-card']);
    assert.match(visited.seen[3], EXPECTED['coalition-signatory-list']);
    assert.deepEqual(visited.defined, ['coalition-event-card', 'coalition-signatory-list'], 'the tags defined on the page');
    const scripts = visited.requests.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname);
    assert.deepEqual(scripts.filter((u, i) => scripts.indexOf(u) !== i), [], 'a script fetched twice');
  });

  it('beside the bundle of every element, breaks nothing: each tag defined once, every element shown', async () => {
    const visited = await visit('en', ['/coalition-widgets.js', FILES['coalition-countdown']], TAGS);
    assertClean(visited);
    for (const [i, tag] of TAGS.entries()) assert.match(visited.seen[i], EXPECTED[tag]);
    assert.ok(visited.drawn, 'the member map drew its world map');
  });
});

describe('the bundle as WordPress loads it, coalition-widgets.js?ver=6.4.2, under the same policy', () => {
  it('in Arabic, with a member map and 1,500 names at once: the lazy chunks load no second copy of the bundle', async () => {
    const { tab, requests, problems } = await openTab();
    await tab.goto(`${origin}/wordpress.html`, { waitUntil: 'load' });
    /** The signatories the list draws, and whether it scrolls. */
    const listState = () =>
      tab.evaluate(() => {
        const root = document.querySelector('coalition-signatory-list')?.shadowRoot;
        const box = root?.querySelector('[part=signatories]');
        const rows = [...(root?.querySelectorAll('[part=signatory]') ?? [])].map((r) => r.textContent.replace(/\s+/g, ' ').trim());
        return { rows, scrolls: !!box && box.scrollHeight > box.clientHeight, scrollTop: box?.scrollTop ?? -1 };
      });
    // The map drawn in Arabic, and the long list in place of the thousand names shown until its chunk is here.
    await tab
      .waitForFunction(
        () => {
          const map = document.querySelector('coalition-member-map')?.shadowRoot;
          const rows = document.querySelector('coalition-signatory-list')?.shadowRoot?.querySelectorAll('[part=signatory]').length ?? 0;
          return !!map?.querySelector('svg path') && /منظم/.test(map.textContent) && rows > 0 && rows < 1000;
        },
        { timeout: 15_000 },
      )
      .catch(() => {});
    const shown = await listState();
    // Brought into view (below the map, it starts under the fold, where the long list draws only its
    // first rows) and scrolled to its end, it draws the last names instead of the first.
    await tab.evaluate(async () => {
      const box = document.querySelector('coalition-signatory-list')?.shadowRoot?.querySelector('[part=signatories]');
      box?.scrollIntoView();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      if (box) box.scrollTop = box.scrollHeight;
    });
    await tab
      .waitForFunction(
        (last) =>
          [...(document.querySelector('coalition-signatory-list')?.shadowRoot?.querySelectorAll('[part=signatory]') ?? [])].some((r) =>
            r.textContent.includes(last),
          ),
        { timeout: 10_000 },
        `Organisation ${LONG}`,
      )
      .catch(() => {});
    const scrolled = await listState();
    const seen = await tab.evaluate(() => {
      const list = customElements.get('coalition-signatory-list');
      return {
        map: document.querySelector('coalition-member-map').shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '',
        list: document.querySelector('coalition-signatory-list').shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '',
        drawn: !!document.querySelector('coalition-member-map').shadowRoot?.querySelector('svg path'),
        defined: window.__defined,
        upgraded: !!list && document.querySelector('coalition-signatory-list') instanceof list,
        lit: [window.litHtmlVersions?.length, window.litElementVersions?.length, window.reactiveElementVersions?.length],
        localize: window.__localize,
        violations: window.__violations,
      };
    });
    await tab.close();

    // One copy of the bundle, of Lit and of lit-localize, and nothing wrong on the page.
    assert.deepEqual(seen.violations, [], 'Content-Security-Policy violations');
    assert.deepEqual(problems.filter((p) => /locali[sz]/i.test(p)), [], 'lit-localize errors');
    assert.deepEqual(problems, [], 'errors in the page');
    // The script's own address and no other: a chunk importing ../coalition-widgets.js would fetch and run a second copy.
    const bundles = requests.filter((u) => new URL(u).pathname.endsWith('coalition-widgets.js'));
    assert.deepEqual(bundles, [`${origin}/coalition-widgets.js?ver=6.4.2`], 'requests for coalition-widgets.js');
    assert.deepEqual(seen.lit, [1, 1, 1], 'copies of lit-html, lit-element and reactive-element on the page');
    assert.deepEqual(seen.defined.filter((t) => t === 'coalition-signatory-list'), ['coalition-signatory-list'], 'customElements.define calls for it');
    assert.ok(seen.upgraded, '<coalition-signatory-list> defined, and the element on the page is of its class');
    // A second lit-localize (in a second copy of the bundle) would load the Arabic strings again, and say so.
    const statuses = seen.localize.map((d) => `${d.status} ${d.readyLocale ?? d.loadingLocale}${d.error ? ` ${d.error}` : ''}`);
    assert.deepEqual(statuses, ['loading ar', 'ready ar'], 'lit-localize-status events');
    assert.equal(requests.filter((u) => /\/chunks\/ar-[^/]*\.js$/.test(u)).length, 1, 'the Arabic strings, once');

    // Arabic, with translated str`…` and their values: the map's headline "<members> في <countries>", the count of names.
    assert.ok(seen.drawn, 'the member map drew its world map');
    assert.match(seen.map, /منظم[^ ]* عضو[^ ]* في /, 'the map’s headline in Arabic');
    assert.match(seen.list, /عريضة/, 'the statement’s title in Arabic');
    assert.match(seen.list, /موقّع/, 'the count of signatories in Arabic');
    assert.doesNotMatch(seen.map + seen.list, /undefined|\$\{|\[object Object\]/, 'translated str`…` with their values in place');

    // The long list: only the names in view drawn, and they follow the scrolling.
    assert.ok(shown.rows.length > 0, 'the list drew no [part=signatory]');
    assert.ok(shown.rows.length < 1000, `the long list draws only the names in view, not ${shown.rows.length} of them`);
    assert.match(shown.rows[0], /^Organisation 1\b/);
    assert.ok(shown.scrolls, 'the long list scrolls');
    assert.ok(scrolled.scrollTop > 0, 'the long list scrolled');
    assert.ok(
      scrolled.rows.some((r) => new RegExp(`^Organisation ${LONG}\\b`).test(r)),
      `the last name drawn once scrolled to the end; drawn: ${scrolled.rows.slice(0, 3).join(' | ')} … ${scrolled.rows.slice(-3).join(' | ')}`,
    );
    assert.ok(!scrolled.rows.some((r) => /^Organisation 1\b/.test(r)), 'the first name no longer drawn');
  });
});
