// What a built (or generated) module imports, read with Vite's parser: used by the build's locale
// plugin (vite.config.ts), `npm run size` and `npm run check:chunks`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseSync } from 'vite';

/**
 * The modules `code` (the text of `file`) imports: `{ specifier, kind, text }`, `kind` 'static'
 * (`import … from`, `import "…"`, `export … from`) or 'dynamic' (`import(…)`); `specifier` is
 * undefined for an import(…) whose address is computed, `text` what stands between its brackets.
 * Throws when the code does not parse.
 */
export function importsOf(file, code = readFileSync(file, 'utf8')) {
  const { module, errors } = parseSync(file, code);
  if (errors.length) throw new Error(`${file} does not parse: ${errors[0].message}`);
  const found = [
    ...module.staticImports.map((i) => ({ specifier: i.moduleRequest.value, kind: 'static' })),
    ...module.staticExports.flatMap((e) => e.entries.filter((x) => x.moduleRequest).map((x) => ({ specifier: x.moduleRequest.value, kind: 'static' }))),
  ];
  for (const i of module.dynamicImports) {
    const text = code.slice(i.moduleRequest.start, i.moduleRequest.end);
    // rolldown writes import(`./chunks/x.js`): a string, or a template with no ${…}.
    const literal = /^(["'`])([^"'`\\]*)\1$/.exec(text);
    found.push({ specifier: literal && !(literal[1] === '`' && literal[2].includes('${')) ? literal[2] : undefined, kind: 'dynamic', text });
  }
  return found;
}

/** The file a relative specifier of `file` names (query and hash dropped); undefined for a bare one. */
export function resolveImport(file, specifier) {
  return /^\.{1,2}\//.test(specifier) ? resolve(dirname(file), specifier.replace(/[?#].*$/, '')) : undefined;
}

/**
 * The files a module loads before it runs: itself and the files it imports statically, transitively
 * (relative imports of files that exist; `npm run check:chunks` reports the others).
 */
export function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const { specifier, kind } of importsOf(file)) {
    const target = kind === 'static' ? resolveImport(file, specifier) : undefined;
    if (target && existsSync(target)) staticGraph(target, seen);
  }
  return seen;
}
