#!/usr/bin/env node
// Writes translations into locales/*.xlf: node scripts/i18n-fill.mjs translations.json
// The JSON maps a message id to its translations: { "base.loading": { "fr": "Chargement…", … } }.
// Placeholders are written as in the source, `${id}`; they become the XLIFF placeholders.
// Run `npx lit-localize extract` first (so the ids exist) and `npx lit-localize build` after.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/i18n-fill.mjs translations.json');
  process.exit(2);
}
const translations = JSON.parse(readFileSync(file, 'utf8'));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let missing = 0;

for (const locale of ['fr', 'es', 'de', 'ar']) {
  const path = `locales/${locale}.xlf`;
  let xlf = readFileSync(path, 'utf8');
  for (const [id, byLocale] of Object.entries(translations)) {
    const text = byLocale[locale];
    if (text === undefined) continue;
    const unit = new RegExp(`(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\s*<source>([\\s\\S]*?)</source>)(\\s*<target>[\\s\\S]*?</target>)?`);
    const m = unit.exec(xlf);
    if (!m) {
      console.error(`${path}: no message ${id} (run npx lit-localize extract first)`);
      missing++;
      continue;
    }
    // Map each `${expr}` of the translation to the source's placeholder with the same expression.
    const placeholders = new Map([...m[2].matchAll(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g)].map((x) => [x[2], x[0]]));
    const target = escape(text).replace(/\$\{[^}]*\}/g, (expr) => {
      const x = placeholders.get(expr);
      if (!x) throw new Error(`${id} (${locale}): ${expr} is not a placeholder of the source`);
      return x;
    });
    xlf = xlf.replace(unit, `${m[1]}\n  <target>${target}</target>`);
  }
  writeFileSync(path, xlf);
}
process.exit(missing ? 1 : 0);
