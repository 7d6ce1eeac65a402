#!/usr/bin/env node
// What the built page bundles import, after `npm run build`: `npm run check:chunks`.
//
// Fails when a file of dist/ or dist/elements/ imports an entry: coalition-widgets.js or one of
// elements/*.js, statically (`import … from`, `import "…"`, `export … from`) or with import("…").
// WordPress loads the entry as `coalition-widgets.js?ver=6.4.2`; a chunk importing
// `../coalition-widgets.js` would make the browser run a second copy of the bundle under that other
// address (a second Lit, a second lit-localize). Also fails on an import the browser cannot follow:
// a bare specifier (`lit`), a file that is not there, an import("…") whose address is computed.
// Prints, without failing, the chunks each entry imports statically: they cost the page a round trip
// before anything renders.
//
// `node scripts/check-chunks.mjs [dist directory]` (default: dist).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { importsOf, resolveImport, staticGraph } from './lib/module-imports.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
/** The builds a page loads: their entries sit at the top of the folder, their chunks in chunks/. */
const builds = [dist, join(dist, 'elements')].filter((dir) => existsSync(join(dir, 'chunks')));
if (!builds.length) {
  console.error(`check-chunks: no ${relative('.', join(dist, 'chunks')) || 'chunks'} folder: run npm run build first`);
  process.exit(1);
}
const jsIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).sort().map((f) => join(dir, f)) : []);
// dist/cli.js is the command line, run by Node, not loaded by pages.
const entries = new Set(builds.flatMap(jsIn).filter((f) => f !== join(dist, 'cli.js')));
const files = [...entries, ...builds.flatMap((dir) => jsIn(join(dir, 'chunks')))];
const show = (file) => relative(dist, file);

const problems = [];
for (const file of files) {
  for (const { specifier, kind, text } of importsOf(file)) {
    const how = kind === 'static' ? 'imports' : 'loads with import()';
    if (specifier === undefined) {
      problems.push(`${show(file)} ${how} an address computed at run time (${text}): it cannot be checked`);
      continue;
    }
    const target = resolveImport(file, specifier);
    if (!target) {
      problems.push(`${show(file)} ${how} "${specifier}": a page cannot resolve that without an import map`);
    } else if (entries.has(target)) {
      problems.push(`${show(file)} ${how} the entry "${specifier}" (${show(target)}): a page that loads the entry under another address (WordPress adds ?ver=…) would run a second copy of it`);
    } else if (!existsSync(target)) {
      problems.push(`${show(file)} ${how} "${specifier}", which is not in the build`);
    }
  }
}

for (const entry of entries) {
  const chunks = [...staticGraph(entry)].filter((f) => f !== entry).map((f) => relative(dirname(entry), f));
  console.log(`${show(entry)} imports statically: ${chunks.length ? chunks.join(', ') : 'no chunk'}`);
}
if (problems.length) {
  console.error(`\n${problems.length} import${problems.length === 1 ? '' : 's'} a page must not have:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`${files.length - entries.size} chunks checked: none imports an entry`);
