#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 12 on the built demo page, served gzipped from 127.0.0.1, in the
// headless Chromium this machine has. Prints the scores and the page's byte weight (the README's
// figures). Lighthouse is fetched from the npm registry on first use (npx), not a dependency; set
// LIGHTHOUSE_BIN to use one already installed.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './find-chrome.js';
import { CHROME_ARGS, serve } from './lib/static-server.mjs';

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn'], { stdio: 'inherit' });
}
const { origin, close } = await serve('dist-demo');

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}
const dir = mkdtempSync(join(tmpdir(), 'coalition-lighthouse-'));
const report = join(dir, 'report.json');
try {
  // LIGHTHOUSE_BIN: an installed lighthouse command, instead of fetching it.
  const [command, ...first] = process.env.LIGHTHOUSE_BIN ? [process.env.LIGHTHOUSE_BIN] : ['npx', '--yes', 'lighthouse@12'];
  // Asynchronously: the server answering Lighthouse runs in this process.
  await run(
    command,
    [
      ...first,
      `${origin}/demo/index.html`,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`,
    ],
    { ...process.env, CHROME_PATH: findChrome() },
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
