// The self-contained bundle, as a webmaster uses it: built with `vite build`, served from a plain static
// host under a strict Content-Security-Policy, loaded by one <script type="module" src> and nothing else.
// Every element must render its feed, with no policy violation and no request outside the page's origin.
// The same for the one-element files (`vite build --mode elements`, dist/elements/), alone, two on a
// page, and beside the bundle.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
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
  await build({ logLevel: 'silent', mode: 'elements', build: { outDir: join(out, 'elements'), emptyOutDir: true } });
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const headers = { 'Content-Security-Policy': CSP };
    if (url.pathname === '/' || url.pathname.endsWith('.html')) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
      const list = (name) => url.searchParams.get(name)?.split(',');
      return res.end(page(url.searchParams.get('lang') ?? 'en', list('scripts'), list('tags')));
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, headers);
      return res.end();
    }
    if (url.pathname === '/feed.json') {
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
      return res.end(JSON.stringify(feed));
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

/** Loads the page, waits for every element on it to show its feed (and a map to be drawn), returns what it saw. */
async function visit(lang, scripts, tags = TAGS) {
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
  });
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
    });
  }

  it('in Arabic, loads the Arabic strings and shows them', async () => {
    const visited = await visit('ar', [FILES['coalition-event-card']], ['coalition-event-card']);
    assertClean(visited);
    assert.match(visited.seen[0], /مثال: إنهاء الطلب على البغاء/);
    assert.match(visited.seen[0], /سجّل|التسجيل/);
    assert.equal(visited.requests.filter((u) => /\/ar-[^/]*\.js$/.test(u)).length, 1, 'the Arabic strings, once');
  });

  it('two of them on one page share their common code, fetched once', async () => {
    const files = [FILES['coalition-event-card'], FILES['coalition-signatory-list']];
    const visited = await visit('en', files, ['coalition-event-card', 'coalition-signatory-list']);
    assertClean(visited);
    assert.match(visited.seen[0], EXPECTED['coalition-event-card']);
    assert.match(visited.seen[3], EXPECTED['coalition-signatory-list']);
    const scripts = visited.requests.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname);
    assert.deepEqual(scripts.filter((u, i) => scripts.indexOf(u) !== i), [], 'a script fetched twice');
    const common = (file) => readFileSync(join(out, file), 'utf8').match(/chunks\/shared-[\w-]+\.js/g) ?? [];
    const shared = common(files[0].slice(1)).filter((c) => common(files[1].slice(1)).includes(c));
    assert.ok(shared.length > 0, 'the two files import a common chunk');
    for (const c of shared) assert.ok(scripts.includes(`/elements/${c}`), `${c} was loaded`);
  });

  it('beside the bundle of every element, breaks nothing: each tag defined once, every element shown', async () => {
    const visited = await visit('en', ['/coalition-widgets.js', FILES['coalition-countdown']], TAGS);
    assertClean(visited);
    for (const [i, tag] of TAGS.entries()) assert.match(visited.seen[i], EXPECTED[tag]);
    assert.ok(visited.drawn, 'the member map drew its world map');
  });
});
