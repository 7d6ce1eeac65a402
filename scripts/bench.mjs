#!/usr/bin/env node
// `npm run bench`: how fast the built demo page is in headless Chromium, as medians over several runs.
// - from the bundle's arrival, from the feed's arrival, and from the later of the feed's arrival and
//   DOMContentLoaded (the page has run its scripts), to every element rendered (watched from inside the
//   page) and to the maps drawn, with the feed on time and 1.5 s late; --demo-only stops there;
// - layout shift (CLS) when the feed arrives late: every element reserves its space, so it must be 0;
// - what a countdown costs while it is off screen: its renders over 65 s, against on screen;
// then the element benchmarks (signatory list, map) when they exist, and a page with one element on a
// slow connection (after `npm run build`).
// It builds the demo (vite build --mode demo) unless --no-build is given. Figures only, no pass/fail:
// the machine is shared and noisy.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.js';
import { median } from './lib/median.mjs';
import { CHROME_ARGS, serve } from './lib/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const out = resolve('dist-demo');
if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn'], { stdio: 'inherit' });
}

const { origin, close, setFeedDelay } = await serve(out);
const page = existsSync(join(out, 'demo', 'index.html')) ? `${origin}/demo/index.html` : `${origin}/index.html`;

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: CHROME_ARGS,
});

const ms = (x) => `${x.toFixed(1)} ms`;

/** Loads the demo page; resolves when every element on it has rendered feed content. */
async function loadDemo(delay) {
  setFeedDelay(delay);
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // Watched from inside the page, frame by frame from the start: asking from outside only after the
    // load event would report when the question was asked, not when the elements were done.
    const watch = () => {
      const els = [...document.querySelectorAll('coalition-event-card, coalition-countdown, coalition-member-map, coalition-signatory-list')];
      const done =
        els.length > 0 &&
        els.every((el) => el.shadowRoot && !el.shadowRoot.querySelector('.loading') && el.shadowRoot.textContent.trim().length > 0);
      if (done) window.__renderedAt ??= performance.now();
      // The maps' drawing comes from the geometry chunk; counted apart.
      const maps = els.filter((el) => el.localName === 'coalition-member-map');
      if (done && maps.every((el) => el.shadowRoot.querySelector('.map svg, .map.failed'))) window.__mapsAt = performance.now();
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await tab.goto(page, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__mapsAt, { timeout: 20_000 });
  // Let the map geometry and any late layout settle before reading the layout shift.
  await new Promise((r) => setTimeout(r, 500));
  const result = await tab.evaluate(() => {
    const at = window.__renderedAt;
    const entries = performance.getEntriesByType('resource');
    const bundle = entries.find((e) => /\/(assets|chunks)\/.*\.js$|coalition-widgets.*\.js$|index-.*\.js$/.test(e.name));
    const feed = entries.find((e) => e.name.endsWith('feed.json'));
    const feedEnd = feed?.responseEnd ?? at;
    // The elements cannot render before the page has run its scripts (DOMContentLoaded), whenever the feed comes.
    const started = Math.max(feedEnd, performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
    return {
      fromScript: at - (bundle?.responseEnd ?? 0),
      fromFeed: at - feedEnd,
      fromStarted: at - started,
      maps: window.__mapsAt - feedEnd,
      cls: window.__cls,
    };
  });
  await tab.close();
  return result;
}

/** Opens the demo with its countdown on screen or far below it, and counts the countdown's renders. */
async function countdownTab(offscreen) {
  const tab = await browser.newPage();
  await tab.bringToFront();
  await tab.setViewport({ width: 1280, height: 800 });
  await tab.goto(page, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.querySelector('coalition-countdown')?.shadowRoot?.textContent.trim());
  await tab.evaluate((offscreen) => {
    const el = document.querySelector('coalition-countdown');
    for (const other of document.querySelectorAll('coalition-event-card, coalition-member-map, coalition-signatory-list')) other.remove();
    if (offscreen) {
      const spacer = document.createElement('div');
      spacer.style.height = '20000px';
      document.body.prepend(spacer);
    } else {
      document.body.prepend(el);
    }
    window.scrollTo(0, 0);
    window.__renders = 0;
    const proto = customElements.get('coalition-countdown').prototype;
    const update = proto.update;
    proto.update = function (...args) {
      window.__renders++;
      return update.apply(this, args);
    };
  }, offscreen);
  return tab;
}

/**
 * Renders of a countdown on screen, then off screen, each over `seconds` of real time (past a minute
 * boundary). One tab at a time: a second tab would hide the first and wake it when it closes.
 */
async function countdownRenders(seconds) {
  const counts = [];
  for (const offscreen of [false, true]) {
    const tab = await countdownTab(offscreen);
    // Let the page settle (a tab brought to the front renders once), then count.
    await new Promise((r) => setTimeout(r, 3000));
    await tab.evaluate(() => (window.__renders = 0));
    await new Promise((r) => setTimeout(r, seconds * 1000));
    counts.push(await tab.evaluate(() => window.__renders));
    await tab.close();
  }
  return counts;
}

const only = process.argv.includes('--countdown-only');
const demoOnly = process.argv.includes('--demo-only');
try {
  if (!only) {
    const fast = [];
    for (let i = 0; i < RUNS; i++) fast.push(await loadDemo(0));
    const late = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) late.push(await loadDemo(1500));
    console.log(`Demo page (${page.replace(origin, '')}), ${RUNS} runs, medians:`);
    console.log(`  bundle arrived → every element rendered: ${ms(median(fast.map((r) => r.fromScript)))}`);
    console.log(`  feed arrived → every element rendered:   ${ms(median(fast.map((r) => r.fromFeed)))}  (target < 100 ms)`);
    console.log(`  feed arrived → the maps drawn too:       ${ms(median(fast.map((r) => r.maps)))}`);
    console.log(`  page started (DOMContentLoaded) and feed arrived → every element rendered: ${ms(median(fast.map((r) => r.fromStarted)))}`);
    console.log(`  feed 1.5 s late → every element rendered: ${ms(median(late.map((r) => r.fromFeed)))}, maps drawn ${ms(median(late.map((r) => r.maps)))}`);
    console.log(`  layout shift (CLS), feed on time:         ${median(fast.map((r) => r.cls)).toFixed(4)}`);
    console.log(`  layout shift (CLS), feed 1.5 s late:      ${median(late.map((r) => r.cls)).toFixed(4)}  (target 0)`);
  }
  if (!demoOnly) {
    const seconds = Number(process.env.BENCH_IDLE_SECONDS ?? 65);
    const [on, off] = await countdownRenders(seconds);
    console.log(`  countdown renders in ${seconds} s: on screen ${on}, off screen ${off}  (target 0 off screen)`);
  }
} finally {
  await browser.close();
  close();
}

for (const script of only || demoOnly ? [] : ['scripts/bench-signatories.mjs', 'scripts/bench-map.mjs', 'scripts/bench-one-element.mjs']) {
  if (!existsSync(script)) continue;
  console.log(`\n${script}:`);
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status) process.exitCode = r.status;
}
