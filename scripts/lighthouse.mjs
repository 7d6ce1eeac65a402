#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 12 on the built demo page, served gzipped from 127.0.0.1, in the
// headless Chromium this machine has. Prints the scores and the page's byte weight (the README's
// figures). Lighthouse is fetched from the npm registry on first use (npx), not a dependency.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './find-chrome.js';
import { CHROME_ARGS, serve } from './lib/static-server.mjs';

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn'], { stdio: 'inherit' });
}
const { origin, close } = await serve('dist-demo');
const dir = mkdtempSync(join(tmpdir(), 'coalition-lighthouse-'));
const report = join(dir, 'report.json');
try {
  execFileSync(
    'npx',
    [
      '--yes',
      'lighthouse@12',
      `${origin}/demo/index.html`,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`,
    ],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: findChrome() } },
  );
  const r = JSON.parse(readFileSync(report, 'utf8'));
  for (const [id, c] of Object.entries(r.categories)) console.log(`${id.padEnd(16)} ${Math.round(c.score * 100)}`);
  const a = r.audits;
  console.log(`total byte weight ${(a['total-byte-weight'].numericValue / 1024).toFixed(1)} KB`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
    console.log(`${a[id].title.padEnd(28)} ${a[id].displayValue}`);
  }
} finally {
  close();
  rmSync(dir, { recursive: true, force: true });
}
