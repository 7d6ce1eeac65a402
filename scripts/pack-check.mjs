#!/usr/bin/env node
// What `npm publish` would ship, checked after `npm run build`:
// - the tarball holds the bundle, the one-element files, the per-element modules, their types, the manifest and the schema;
// - publint finds no error in package.json against those files;
// - every package the published modules import is one of its dependencies (and no dependency is
//   unused), and every file they import is published;
// - a bundler user's TypeScript resolves every `exports` entry with its types and knows the tags,
//   with only the dependencies installed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { publint } from 'publint';
import { importsOf } from './lib/module-imports.mjs';

const root = resolve('.');
const pkg = JSON.parse(execFileSync('npm', ['pkg', 'get'], { encoding: 'utf8' }));
let failed = false;
const fail = (message) => {
  failed = true;
  console.error(`✗ ${message}`);
};

// 1. The files in the tarball.
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = new Set(packed.files.map((f) => f.path));
const required = [
  'dist/coalition-widgets.js',
  'dist/cli.js',
  'dist/THIRD-PARTY-LICENSES.txt',
  'dist/elements/THIRD-PARTY-LICENSES.txt',
  'custom-elements.json',
  'feed.schema.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e))).map((p) => p.replace(/^\.\//, '')),
];
for (const file of required) if (!files.has(file)) fail(`${file} is not in the package`);
for (const file of files) if (/^(src|test|stories|demo|\.storybook|scripts)\//.test(file)) fail(`${file} should not be published`);
console.log(`package: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked`);

// 2. publint.
const { messages } = await publint({ pkgDir: root, strict: true });
for (const m of messages) {
  const line = `publint ${m.type}: ${m.code} ${JSON.stringify(m.args)} at ${m.path.join('.')}`;
  if (m.type === 'error') fail(line);
  else console.warn(line);
}

// 3. The packages the published modules and types import: the dependencies, all of them used.
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const dependencies = new Set(Object.keys(pkg.dependencies ?? {}));
const imported = new Map();
for (const file of files) {
  if (!/\.(js|d\.ts)$/.test(file) || file === 'dist/cli.js') continue;
  const code = readFileSync(join(root, file), 'utf8');
  const specifiers = file.endsWith('.d.ts')
    ? [...code.matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1])
    : importsOf(join(root, file), code).map((i) => i.specifier ?? '');
  for (const specifier of specifiers) {
    if (/^\.\.?\//.test(specifier)) {
      const target = posix.join(dirname(file), specifier.replace(/[?#].*$/, ''));
      const published = file.endsWith('.d.ts') ? [target.replace(/\.js$/, '.d.ts'), `${target}.d.ts`, `${target}/index.d.ts`] : [target];
      if (!published.some((f) => files.has(f))) fail(`${file} imports ${specifier}, which is not in the package`);
      continue;
    }
    if (!specifier || /^(\/|node:)/.test(specifier)) continue;
    const name = packageOf(specifier);
    if (!imported.has(name)) imported.set(name, file);
  }
}
for (const [name, file] of imported) if (!dependencies.has(name)) fail(`${file} imports ${name}, which is not in dependencies`);
for (const name of dependencies) if (!imported.has(name)) fail(`${name} is in dependencies, but nothing published imports it`);
console.log(`dependencies: ${[...imported.keys()].sort().join(', ')}`);

// 4. Types for bundler users: every subpath resolves, and the tags are typed.
const dir = mkdtempSync(join(tmpdir(), 'coalition-types-'));
try {
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', pkg.name), 'dir');
  // Only what an install of the package brings: its dependencies and theirs.
  for (const dep of ['lit', '@lit', 'lit-html', 'lit-element', '@lit-labs']) {
    try {
      symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep), 'dir');
    } catch {
      /* not installed here: not needed by the types */
    }
  }
  writeFileSync(
    join(dir, 'consumer.ts'),
    `import '${pkg.name}/event-card.js';
import '${pkg.name}/countdown.js';
import '${pkg.name}/member-map.js';
import '${pkg.name}/signatory-list.js';
import { CoalitionEventCard, FeedLoadEvent, RegisterEvent } from '${pkg.name}';
import { validateFeedText } from '${pkg.name}/validate.js';
import { CoalitionCountdown, CountdownCompleteEvent, configureFeeds } from '${pkg.name}/elements/countdown.js';
const alone: CoalitionCountdown = document.createElement('coalition-countdown');
alone.addEventListener('coalition-countdown-complete', (e: CountdownCompleteEvent) => console.log(e.detail));
configureFeeds({ timeout: 10_000 });
const problems: number = validateFeedText('{"version": 1}').problems.length;
const card: CoalitionEventCard = document.createElement('coalition-event-card');
card.event = 'hrc47-side-event';
const countdown = document.createElement('coalition-countdown');
countdown.day = 'world-day-against-trafficking';
const map = document.createElement('coalition-member-map');
map.country = 'FR';
const list = document.createElement('coalition-signatory-list');
list.statement = 'ilo-letter-2018';
card.addEventListener('coalition-register', (e: RegisterEvent) => console.log(e.detail.url));
card.addEventListener('coalition-feed-load', (e: FeedLoadEvent) => console.log(e.detail.feed));
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom', 'dom.iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        rootDir: '.',
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', dir], { encoding: 'utf8', stdio: 'pipe' });
    console.log('types: every exports entry resolves for a bundler user, tags and events typed');
  } catch (e) {
    fail(`types do not resolve for a bundler user:\n${e.stdout}${e.stderr}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failed) process.exit(1);
console.log('pack check passed');
