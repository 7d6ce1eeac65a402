#!/usr/bin/env node
// `npm run bench:one-element` (after `npm run build`): a member page that shows one element, on a
// slow mobile connection (Chromium's "Slow 4G" emulation, responses gzipped like a static host's),
// loading either coalition-widgets.js or that element's own file from dist/elements/. Prints, as
// medians, the script bytes the page downloaded and the time from navigation to the element showing
// the feed. Figures only, no pass/fail.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { findChrome } from './find-chrome.js';
import { median } from './lib/median.mjs';
import { CHROME_ARGS, serve } from './lib/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dist = resolve('dist');
if (!existsSync(join(dist, 'elements'))) {
  console.log('dist/elements/ not found: run `npm run build` first.');
  process.exit(1);
}

const PAGES = [
  ['coalition-event-card', 'event-card.js', ''],
  ['coalition-countdown', 'countdown.js', ' day="world-day-against-trafficking"'],
  ['coalition-signatory-list', 'signatory-list.js', ''],
];

// A folder like a member site's host: the built files, the demo feed and one page per case.
const root = mkdtempSync(join(tmpdir(), 'coalition-one-element-'));
symlinkSync(dist, join(root, 'widgets'), 'dir');
symlinkSync(resolve('demo/feed.json'), join(root, 'feed.json'));
for (const [tag, file, attributes] of PAGES) {
  for (const [kind, src] of [['bundle', 'widgets/coalition-widgets.js'], ['element', `widgets/elements/${file}`]]) {
    writeFileSync(
      join(root, `${tag}-${kind}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A member page</title>
<script type="module" src="${src}"></script></head>
<body><h1>A member page</h1><${tag} feed="feed.json"${attributes}></${tag}></body></html>`,
    );
  }
}

const { origin, close } = await serve(root);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
/** One cold load of a page on Slow 4G: script bytes over the wire, and navigation → feed shown. */
async function load(url, tag) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  await tab.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
  await tab.evaluateOnNewDocument((tag) => {
    const watch = () => {
      const root = document.querySelector(tag)?.shadowRoot;
      if (root && !root.querySelector('.loading') && root.textContent.trim()) window.__shownAt = performance.now();
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }, tag);
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__shownAt, { timeout: 60_000 });
  const result = await tab.evaluate(() => ({
    shown: window.__shownAt,
    scriptBytes: performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .reduce((sum, e) => sum + e.transferSize, 0),
  }));
  await tab.close();
  return result;
}

try {
  console.log(`A page with one element, Slow 4G, cold cache, ${RUNS} runs each, medians:`);
  for (const [tag] of PAGES) {
    const figures = {};
    for (const kind of ['bundle', 'element']) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await load(`${origin}/${tag}-${kind}.html`, tag));
      figures[kind] = { shown: median(runs.map((r) => r.shown)), kb: median(runs.map((r) => r.scriptBytes)) / 1024 };
    }
    const { bundle, element } = figures;
    console.log(
      `  <${tag}>: coalition-widgets.js ${bundle.kb.toFixed(1)} KB, shown at ${bundle.shown.toFixed(0)} ms; ` +
        `its own file ${element.kb.toFixed(1)} KB, shown at ${element.shown.toFixed(0)} ms`,
    );
  }
} finally {
  await browser.close();
  close();
  rmSync(root, { recursive: true, force: true });
}
