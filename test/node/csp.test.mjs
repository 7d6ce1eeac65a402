// The self-contained bundle, as a webmaster uses it: built with `vite build`, served from a plain static
// host under a strict Content-Security-Policy, loaded by one <script type="module" src> and nothing else.
// Every element must render its feed, with no policy violation and no request outside the page's origin.
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

const page = (lang) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><title>CSP</title><script type="module" src="/coalition-widgets.js"></script></head>
<body>
  <coalition-event-card feed="/feed.json"></coalition-event-card>
  <coalition-countdown feed="/feed.json" day="world-day-against-trafficking"></coalition-countdown>
  <coalition-member-map feed="/feed.json"></coalition-member-map>
  <coalition-signatory-list feed="/feed.json"></coalition-signatory-list>
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
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const headers = { 'Content-Security-Policy': CSP };
    if (url.pathname === '/' || url.pathname.endsWith('.html')) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
      return res.end(page(url.searchParams.get('lang') ?? 'en'));
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

/** Loads the page, waits for every element to show its feed, returns what it saw. */
async function visit(lang) {
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
  await tab.goto(`${origin}/?lang=${lang}`, { waitUntil: 'load' });
  const read = () =>
    tab.evaluate(() => {
      const tags = ['coalition-event-card', 'coalition-countdown', 'coalition-member-map', 'coalition-signatory-list'];
      const texts = tags.map((t) => document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      const drawn = !!document.querySelector('coalition-member-map')?.shadowRoot?.querySelector('svg path');
      return { texts, drawn };
    });
  // Every element shows its feed and the map is drawn; after 15 s, the assertions say what is missing.
  await tab
    .waitForFunction(
      () =>
        ['coalition-event-card', 'coalition-countdown', 'coalition-member-map', 'coalition-signatory-list'].every(
          (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0,
        ) && !!document.querySelector('coalition-member-map')?.shadowRoot?.querySelector('svg path'),
      { timeout: 15_000 },
    )
    .catch(() => {});
  const { texts: seen, drawn } = await read();
  const violations = await tab.evaluate(() => window.__violations);
  await tab.close();
  return { seen, drawn, violations, problems, requests };
}

describe('the bundle under a strict Content-Security-Policy, alone on a static host', () => {
  for (const lang of ['en', 'ar']) {
    it(`renders every element in ${lang} with no violation and no third-party request`, async () => {
      const { seen, drawn, violations, problems, requests } = await visit(lang);
      assert.deepEqual(violations, [], 'Content-Security-Policy violations');
      assert.deepEqual(problems, [], 'errors in the page');
      const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
      assert.deepEqual(foreign, [], 'requests outside the page’s origin');
      assert.ok(drawn, 'the member map drew its world map');
      const [card, countdown, map, list] = seen;
      if (lang === 'en') {
        assert.match(card, /Example: ending demand for prostitution/);
        assert.match(countdown, /World Day against Trafficking in Persons/);
        assert.match(map, /Apne Aap/);
        assert.match(list, /Letter from 85 NGOs/);
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
