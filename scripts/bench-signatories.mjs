#!/usr/bin/env node
// How fast <coalition-signatory-list> is with 100 to 20,000 signatories, in headless Chromium:
// the first render (feed validation, country names, first page, layout), the first search keystroke
// right after it (which also computes the search keys, if the browser has not yet been idle), a
// later keystroke (filter, render, layout), and a change to sorting by name. Prints medians; it is a
// measurement, not a test.
//
//   node scripts/bench-signatories.mjs [runs]        (CHROME_PATH to choose the browser)
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.js';
import { median } from './lib/median.mjs';

const runs = Number(process.argv[2] ?? 7);
const sizes = [100, 1000, 5000, 20000];

// The element and the test fixtures (the letter of 85 NGOs, and petitions built from its names).
const bundle = await build({
  stdin: {
    contents: `
      import '../src/signatory-list/define.ts';
      import { setupLocalization } from '../src/i18n/locale.ts';
      import { feedWith, petition } from '../test/signatory-list/fixtures.ts';
      setupLocalization();
      window.bench = { feedWith, petition };
    `,
    resolveDir: new URL('.', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
  logLevel: 'error',
});

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text, type: 'module' });
  await page.waitForFunction(() => window.bench);

  const rows = [];
  for (const [n, pageSize] of [...sizes.map((n) => [n, 100]), [20000, 0]]) {
    const times = await page.evaluate(
      async (n, pageSize, runs) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        const render = [];
        const first = [];
        const keystroke = [];
        const sort = [];
        for (let i = 0; i < runs; i++) {
          document.body.replaceChildren();
          // A new feed object each time: nothing is cached from the run before.
          const data = window.bench.feedWith([window.bench.petition(n)]);
          await frame();
          let t = performance.now();
          const el = document.createElement('coalition-signatory-list');
          el.setAttribute('page-size', String(pageSize));
          el.feedData = data;
          document.body.append(el);
          await el.updateComplete;
          // Wait for the long-list module and its first rows, when it is used.
          while (pageSize === 0 && !el.shadowRoot.querySelector('[part=signatory]')) await frame();
          el.shadowRoot.querySelector('[part=list]').getBoundingClientRect();
          render.push(performance.now() - t);

          const input = el.shadowRoot.querySelector('input');
          t = performance.now();
          input.value = 'fr';
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
          el.shadowRoot.querySelector('[part=list]').getBoundingClientRect();
          first.push(performance.now() - t);
          await frame();
          t = performance.now();
          // The keystroke that makes "fr" "fra": filter, render, layout.
          input.value = 'fra';
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
          el.shadowRoot.querySelector('[part=list]').getBoundingClientRect();
          keystroke.push(performance.now() - t);
          await frame();

          t = performance.now();
          el.sort = 'name';
          await el.updateComplete;
          el.shadowRoot.querySelector('[part=list]').getBoundingClientRect();
          sort.push(performance.now() - t);
        }
        return { render, first, keystroke, sort };
      },
      n,
      pageSize,
      runs,
    );
    rows.push({
      signatories: n.toLocaleString('en'),
      shown: pageSize ? `first ${pageSize}` : 'all (virtualised)',
      'render ms': median(times.render).toFixed(1),
      'first keystroke ms': median(times.first).toFixed(1),
      'keystroke ms': median(times.keystroke).toFixed(1),
      'sort by name ms': median(times.sort).toFixed(1),
    });
  }
  console.log(`<coalition-signatory-list>: medians of ${runs} runs, headless Chromium`);
  console.table(rows);
} finally {
  await browser.close();
}
