// Builds dist/elements/: one file per element (event-card.js, countdown.js, member-map.js,
// signatory-list.js), each with Lit and everything its element needs inside, so that a page with
// one element loads one file. They are built one at a time (`vite build --mode elements:<name>`, see
// vite.config.ts), so that no code is split into a chunk they share; their lazy chunks share
// dist/elements/chunks/.
//   node scripts/build-elements.mjs
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { ELEMENTS } from './lib/elements.mjs';

const root = resolve(import.meta.dirname, '..');

rmSync(resolve(root, 'dist/elements'), { recursive: true, force: true });
for (const element of ELEMENTS) {
  await build({ root, mode: `elements:${element}`, logLevel: 'warn' });
}
console.log(`dist/elements/: ${ELEMENTS.map((e) => `${e}.js`).join(', ')}`);
