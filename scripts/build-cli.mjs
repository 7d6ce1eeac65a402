// Builds the command line `coalition-widgets` into one file for Node: dist/cli.js.
//   node scripts/build-cli.mjs [--outfile path]
import { build } from 'esbuild';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const at = process.argv.indexOf('--outfile');
const outfile = at > 0 ? resolve(process.argv[at + 1]) : resolve(root, 'dist/cli.js');

await build({
  entryPoints: [resolve(root, 'src/cli/bin.js')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile,
  banner: { js: '#!/usr/bin/env node' },
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
});
