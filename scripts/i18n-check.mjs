#!/usr/bin/env node
// Fails when the translations are out of date or incomplete:
// - the extracted strings (locales/*.xlf) and generated modules must match the source;
// - every message must have a non-empty translation in every locale.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
run('npx lit-localize extract');
run('npx lit-localize build');
let failed = false;
const changed = run('git status --porcelain -- locales src/generated').trim();
if (changed) {
  console.error(`The translations are out of date: run npm run i18n:extract and npm run i18n:build, then commit.\n${changed}`);
  failed = true;
}
for (const locale of ['fr', 'es', 'de', 'ar']) {
  const xlf = readFileSync(`locales/${locale}.xlf`, 'utf8');
  const units = [...xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const missing = units.filter(([, , body]) => !/<target>\s*\S[\s\S]*?<\/target>/.test(body)).map(([, id]) => id);
  if (missing.length) {
    console.error(`locales/${locale}.xlf: ${missing.length} message(s) without a translation: ${missing.join(', ')}`);
    failed = true;
  }
  console.log(`${locale}: ${units.length - missing.length}/${units.length} messages translated`);
}
process.exit(failed ? 1 : 0);
