#!/usr/bin/env node
// `npm run screenshots`: the built demo page (and the preview page) in English and Arabic, at 320 px
// and 1280 px wide, full page, into screenshots/ (not committed). Builds the demo unless --no-build.
// Look at them before a release: the Arabic ones must be mirrored, nothing may overflow at 320 px.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.js';
import { CHROME_ARGS, serve } from './lib/static-server.mjs';

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn'], { stdio: 'inherit' });
}
const { origin, close } = await serve('dist-demo');
mkdirSync('screenshots', { recursive: true });
const pages = ['demo/index.html', 'demo/preview.html', 'demo/builder.html'].filter((p) => existsSync(`dist-demo/${p}`));
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  for (const path of pages) {
    for (const lang of ['en', 'ar']) {
      for (const width of [320, 1280]) {
        const tab = await browser.newPage();
        await tab.setViewport({ width, height: 900 });
        await tab.goto(`${origin}/${path}?lang=${lang}`, { waitUntil: 'networkidle0' });
        await tab
          .waitForFunction(
            () =>
              [...document.querySelectorAll('coalition-event-card, coalition-countdown, coalition-member-map, coalition-signatory-list')].every(
                (el) => el.shadowRoot && !el.shadowRoot.querySelector('.loading'),
              ),
            { timeout: 10_000 },
          )
          .catch(() => console.warn(`${path} ${lang} ${width}: some element still loading`));
        await new Promise((r) => setTimeout(r, 300));
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) console.warn(`${path} ${lang} ${width}px: the page scrolls sideways by ${overflow}px`);
        const file = `screenshots/${path.replace(/\W+/g, '-').replace(/-html$/, '')}-${lang}-${width}.png`;
        await tab.screenshot({ path: file, fullPage: true });
        console.log(file);
        await tab.close();
      }
    }
  }
} finally {
  await browser.close();
  close();
}
