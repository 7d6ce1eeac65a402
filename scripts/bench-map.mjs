#!/usr/bin/env node
// `npm run bench:map`: how fast <coalition-member-map> renders in headless Chromium, as medians.
// - cold: a fresh page, from adding the element (feed given as feedData) to the map fully drawn
//   (every country and every marker), which includes fetching and building the geometry chunk;
// - warm: a second map on the same page (geometry already there);
// for 33, 500 and 1,000 members; and the size of the geometry chunk (raw and gzip -9).
// It builds the self-contained bundle into a temporary folder first. Figures only, no pass/fail:
// the machine is shared and noisy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.js';
import { median } from './lib/median.mjs';
import { CHROME_ARGS, serve } from './lib/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = (process.env.BENCH_MAP_SIZES ?? '33,500,1000').split(',').map(Number);

const out = mkdtempSync(join(tmpdir(), 'bench-map-'));
execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>map benchmark</title>
<script type="module" src="./coalition-widgets.js"></script></head><body></body></html>`,
);

const chunk = readdirSync(join(out, 'chunks')).find((f) => /^geometry-.*\.js$/.test(f));
const { origin, close } = await serve(out);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });

/** Adds a map of `n` made-up members (two in three with coordinates) and times it until fully drawn. */
function timeMap(n) {
  const cities = [
    ['FR', 48.86, 2.35], ['DE', 52.52, 13.4], ['IN', 28.61, 77.21], ['US', 40.71, -74.0], ['BR', -23.55, -46.63],
    ['NG', 6.52, 3.38], ['KE', -1.29, 36.82], ['JP', 35.68, 139.69], ['AU', -33.87, 151.21], ['MX', 19.43, -99.13],
    ['SE', 59.33, 18.07], ['LB', 33.89, 35.5], ['ZA', -26.2, 28.05], ['CA', 45.5, -73.57], ['AR', -34.6, -58.38],
    ['PH', 14.6, 120.98], ['NP', 27.72, 85.32], ['IE', 53.35, -6.26], ['ES', 40.42, -3.7], ['IT', 41.9, 12.5],
  ];
  const members = Array.from({ length: n }, (_, i) => {
    const [country, lat, lon] = cities[i % cities.length];
    const jitter = () => (Math.random() - 0.5) * 4;
    return {
      id: `m${i}`,
      name: `Member ${i + 1}`,
      country,
      city: 'City',
      url: 'https://example.org/',
      ...(i % 3 ? { coordinates: { lat: lat + jitter(), lon: lon + jitter() } } : {}),
    };
  });
  const el = document.createElement('coalition-member-map');
  el.feedData = { version: 1, members };
  const start = performance.now();
  document.body.append(el);
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('the map was never drawn')), 20_000);
    const check = () => {
      const root = el.shadowRoot;
      if (root?.querySelectorAll('[part=marker]').length === n && root.querySelectorAll('[part=member]').length === n) {
        clearTimeout(timeout);
        resolve(performance.now() - start);
      } else requestAnimationFrame(check);
    };
    check();
  });
}

try {
  const rows = [];
  for (const n of SIZES) {
    const cold = [];
    const warm = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('coalition-member-map'));
      cold.push(await page.evaluate(timeMap, n));
      warm.push(await page.evaluate(timeMap, n));
      await page.close();
    }
    rows.push([n, median(cold), median(warm)]);
  }
  console.log(`<coalition-member-map>, time to the first full render (map, markers and list), medians of ${RUNS} runs:`);
  for (const [n, cold, warm] of rows) {
    console.log(`  ${String(n).padStart(5)} members: cold (geometry fetched) ${cold.toFixed(1).padStart(7)} ms, warm ${warm.toFixed(1).padStart(7)} ms`);
  }
  if (chunk) {
    const code = readFileSync(join(out, 'chunks', chunk));
    console.log(`  geometry chunk: ${(code.length / 1024).toFixed(1)} KB, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzip -9`);
  } else {
    console.log('  (no geometry chunk found in the build)');
  }
} finally {
  await browser.close();
  close();
  rmSync(out, { recursive: true, force: true });
}
