// The licences of the packages bundled into the files pages load (Lit, lit-localize, the
// virtualizer…): their terms ask that their copyright notices go wherever their code goes.
// - THIRD-PARTY-LICENSES.txt beside the built files: each bundled package, its version and its
//   licence text, read from node_modules (the build stops if a package has no licence file);
// - a one-line comment at the top of each built file that holds third-party code, naming the
//   packages and that file (added after minification, so it stays).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LICENSES_FILE = 'THIRD-PARTY-LICENSES.txt';

/** Generated modules made from a package's files: the map's outlines come from world-atlas. */
const DERIVED = [[/[\\/]src[\\/]member-map[\\/]world\.generated\.json$/, 'world-atlas']];

/** `@lit/localize` → its folder in node_modules, for each module id inside a package. */
function packagesOf(moduleIds) {
  const found = new Map();
  for (const id of moduleIds) {
    const m = /^(.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+))[\\/]/.exec(id.replace(/^\0/, ''));
    if (m) found.set(m[2].replace(/\\/g, '/'), m[1]);
    for (const [pattern, name] of DERIVED) if (pattern.test(id)) found.set(name, resolve('node_modules', name));
  }
  return found;
}

function licenceText(dir, name) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`${name} has no licence file in ${dir}: its notice cannot be shipped with the build`);
  return readFileSync(join(dir, file), 'utf8').trim();
}

/** @returns {import('vite').Plugin} */
export function thirdPartyLicensesPlugin() {
  return {
    name: 'coalition-third-party-licenses',
    apply: 'build',
    outputOptions(options) {
      return {
        ...options,
        postBanner: (chunk) => {
          const names = [...packagesOf(chunk.moduleIds).keys()].sort();
          return names.length ? `/*! Coalition Widgets (MIT). Includes ${names.join(', ')}: see ${LICENSES_FILE} */` : '';
        },
      };
    },
    generateBundle(_, bundle) {
      const packages = new Map();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') for (const [name, dir] of packagesOf(chunk.moduleIds)) packages.set(name, dir);
      }
      const sections = [...packages]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, dir]) => {
          const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
          return `${name} ${version} (${license})\n\n${licenceText(dir, name)}`;
        });
      this.emitFile({
        type: 'asset',
        fileName: LICENSES_FILE,
        source: `Coalition Widgets is MIT-licensed (see LICENSE). The files in this folder also contain the following packages, under their own licences.\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`,
      });
    },
  };
}
