import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { ELEMENTS } from './scripts/lib/elements.mjs';
import { minifyTemplatesPlugin } from './scripts/lib/minify-templates.mjs';
import { shortMessageIdsPlugin } from './scripts/lib/short-message-ids.mjs';
import { thirdPartyLicensesPlugin } from './scripts/lib/third-party-licenses.mjs';
import { importsOf } from './scripts/lib/module-imports.mjs';
import { terserChunksPlugin } from './scripts/lib/terser-chunks.mjs';


/**
 * The locale modules that `lit-localize build` writes (src/generated/locales/*.ts) start with
 * `import {str} from '@lit/localize';`. In a page bundle that import makes each locale chunk import
 * lit-localize from the entry or from a chunk of its own, which the entry then loads before it runs.
 * Here it becomes a local `str` that builds what lit-localize's runtime reads of a translated str`…`
 * (`strTag` present, `strings`, and `values`: the indexes of the source's expressions), so that a
 * locale chunk imports nothing. The modules themselves are left as generated; dist/lib/ (bundler
 * users) and the dev server keep the real import. If a lit-localize upgrade changes that line, or
 * adds another import, the build stops here rather than ship a locale that imports its entry.
 */
function standaloneLocalesPlugin(): Plugin {
  const IMPORT = /^[ \t]*import\s*\{\s*str\s*\}\s*from\s*(['"])@lit\/localize\1;?[ \t]*$/m;
  // On the same line as the import it replaces: the lines after it, and so their source map, do not move.
  const STR = 'const str = (strings, ...values) => ({ strTag: true, strings, values });';
  let root = '';
  return {
    name: 'coalition-standalone-locales',
    apply: 'build',
    enforce: 'pre', // sees the module as lit-localize wrote it, before TypeScript is stripped
    configResolved(config) {
      root = config.root;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.startsWith(`${root}/src/generated/locales/`) || !file.endsWith('.ts')) return null;
      const name = file.slice(root.length + 1);
      if (!IMPORT.test(code)) {
        throw new Error(`${name}: the line \`import {str} from '@lit/localize';\` that lit-localize generates was not found; see standaloneLocalesPlugin in vite.config.ts`);
      }
      const out = code.replace(IMPORT, STR);
      const left = importsOf(file, out).map((i) => i.specifier ?? i.text);
      if (left.length) {
        throw new Error(`${name}: a locale module must import nothing once \`str\` is local, but it imports ${left.join(', ')}; see standaloneLocalesPlugin in vite.config.ts`);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * A file that pages load from a static host, `name`.js in `outDir`: Lit inside, templates and code
 * minified (code by oxc, terser, then oxc again: terserChunksPlugin; the translated messages' ids
 * shortened: shortMessageIdsPlugin), and nothing else loaded before
 * it runs. Only its lazy chunks (map geometry, long list, locales) are apart, in `chunks/`, and they
 * import nothing from it (standaloneLocalesPlugin, and `npm run check:chunks`): a page that loads it
 * with a query string gets no second copy.
 * The notices of the packages bundled in (Lit…) go with it: thirdPartyLicensesPlugin.
 * The `/* @__PURE__ *\/` comments that Vite keeps in a library build, for bundlers, are dropped:
 * browsers ignore them, and bundlers have dist/lib/ (they were 0.2 KB gzip of the bundle).
 */
function pageBundle(outDir: string, name: string, entry: string, emptyOutDir = true): UserConfig {
  return {
    plugins: [standaloneLocalesPlugin(), minifyTemplatesPlugin(), shortMessageIdsPlugin(), terserChunksPlugin(), thirdPartyLicensesPlugin()],
    build: {
      outDir,
      emptyOutDir,
      sourcemap: true,
      lib: { entry: { [name]: entry }, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: true, comments: { annotation: false }, chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
}

/**
 * `vite build`                  dist/coalition-widgets.js: self-contained (Lit inside), lazy chunks beside it.
 * `vite build --mode elements:countdown` (and each element: scripts/build-elements.mjs)
 *                               dist/elements/countdown.js: the same for one element; the four builds
 *                               share dist/elements/chunks/ (their locale chunks are the same files).
 * `vite build --mode lib`       dist/lib/: one module per source file, Lit external, for bundler users.
 * `vite build --mode demo`      dist-demo/: the demo and preview pages as a static site.
 * `vite` (npm start)            the demo at /demo/ on a dev server.
 * dist/, dist/elements/ and the demo have the css`…` and html`…` templates minified; dist/lib/ and the dev server keep them as written.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        sourcemap: true,
        minify: false,
        lib: {
          entry: Object.fromEntries([
            ['index', resolve('src/index.ts')],
            ['validate', resolve('src/feed/validate.ts')],
            ...ELEMENTS.map((e) => [e, resolve(`src/${e}/define.ts`)]),
          ]),
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//],
          output: {
            preserveModules: true,
            preserveModulesRoot: 'src',
            // The virtualizer's files that the long list imports by path (see long-list.ts) are
            // bundled, under vendor/ rather than a node_modules/ folder inside the package.
            entryFileNames: (chunk) => `${chunk.name.replace(/^node_modules\//, 'vendor/')}.js`,
          },
        },
      },
    };
  }
  if (mode === 'demo') {
    return {
      base: './',
      plugins: [
        minifyTemplatesPlugin(),
        // The pages fetch their feed at run time: ship it (and the schema it names) beside them.
        {
          name: 'coalition-demo-feed',
          generateBundle() {
            this.emitFile({ type: 'asset', fileName: 'demo/feed.json', source: readFileSync('demo/feed.json', 'utf8') });
            this.emitFile({ type: 'asset', fileName: 'feed.schema.json', source: readFileSync('feed.schema.json', 'utf8') });
          },
        },
      ],
      build: {
        outDir: 'dist-demo',
        emptyOutDir: true,
        rolldownOptions: { input: { demo: resolve('demo/index.html'), preview: resolve('demo/preview.html'), builder: resolve('demo/builder.html') } },
      },
    };
  }
  if (mode === 'elements') throw new Error('--mode elements: build one element at a time (--mode elements:countdown), or all with node scripts/build-elements.mjs');
  if (mode.startsWith('elements:')) {
    const element = mode.slice('elements:'.length);
    if (!ELEMENTS.includes(element)) throw new Error(`--mode ${mode}: no such element (${ELEMENTS.join(', ')})`);
    return pageBundle('dist/elements', element, resolve(`src/elements/${element}.ts`), false);
  }
  if (mode === 'development') {
    return { server: { open: false } };
  }
  // First of `npm run build`: starts from an empty dist/, so no chunk of an earlier build lingers.
  return pageBundle('dist', 'coalition-widgets', resolve('src/coalition-widgets.ts'));
});
