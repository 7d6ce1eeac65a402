// Shortens the ids of the translated messages in the files pages load (`vite build`): the element's
// `msg('…', { id: 'signatory-list.no-match' })` and the key of the same message in each language's
// strings (src/generated/locales/*.ts) both become `a5`. The ids are the `<trans-unit id>`s of
// locales/*.xlf, numbered in sorted order, so every module of one build agrees. A message whose id
// no translation has is left as it is, and so shown in English as before. The published modules
// (dist/lib/) keep the real ids, which a bundler user's own lit-localize setup may rely on.
// The ids were 0.3 KB gzip of coalition-widgets.js.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, sourceMap } from './minify-templates.mjs';

/** Every message id of the translations in `dir` (locales/*.xlf), sorted: id → short id. */
export function shortIds(dir) {
  const ids = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlf'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/<trans-unit\s+id="([^"]+)"/g)) ids.add(m[1]);
  }
  return new Map([...ids].sort().map((id, i) => [id, i.toString(36)]));
}

// `id: 'x'` in a msg() call of our sources; `'x':` at the start of a line of a generated locale module.
const IN_SOURCE = /\bid:\s*(['"`])([\w.-]+)\1/g;
const IN_LOCALE = /^[ \t]*(['"`])([\w.-]+)\1\s*:/gm;

/** `code` with the message ids of `short` replaced, as edits for applyEdits/sourceMap. */
export function idEdits(code, short, locale) {
  const edits = [];
  for (const m of code.matchAll(locale ? IN_LOCALE : IN_SOURCE)) {
    const id = short.get(m[2]);
    if (id === undefined) continue;
    const start = m.index + m[0].lastIndexOf(m[2]);
    edits.push({ start, end: start + m[2].length, text: id });
  }
  return edits;
}

/** The Vite plugin, for the page bundles (see vite.config.ts). */
export function shortMessageIdsPlugin() {
  let root;
  let short;
  return {
    name: 'coalition-short-message-ids',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      short = shortIds(join(root, 'locales'));
      if (!short.size) this.error('no <trans-unit id> found in locales/*.xlf');
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.startsWith(`${root}/src/`) || !file.endsWith('.ts')) return null;
      const edits = idEdits(code, short, file.startsWith(`${root}/src/generated/locales/`));
      if (!edits.length) return null;
      return { code: applyEdits(code, edits), map: sourceMap(code, edits, id) };
    },
  };
}
