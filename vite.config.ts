import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/lib/minify-templates.mjs';

const elements = ['event-card', 'countdown', 'member-map', 'signatory-list'];

/**
 * `vite build`              dist/coalition-widgets.js: self-contained (Lit inside), lazy chunks beside it.
 * `vite build --mode elements`  dist/elements/: one such file per element, sharing their common chunks.
 * `vite build --mode lib`   dist/lib/: one module per source file, Lit external, for bundler users.
 * `vite build --mode demo`  dist-demo/: the demo and preview pages as a static site.
 * `vite` (npm start)        the demo at /demo/ on a dev server.
 * The bundle and the demo have the css`…` and html`…` templates minified; dist/lib/ and the dev server keep them as written.
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
            ...elements.map((e) => [e, resolve(`src/${e}/define.ts`)]),
          ]),
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^zod(\/|$)/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
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
  if (mode === 'elements') {
    return {
      plugins: [minifyTemplatesPlugin()],
      build: {
        outDir: 'dist/elements',
        emptyOutDir: true,
        sourcemap: true,
        lib: {
          entry: Object.fromEntries(elements.map((e) => [e, resolve(`src/elements/${e}.ts`)])),
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: {
          output: {
            minify: true,
            // The code two or more of the files share would be named after its first module: named for what it is.
            chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js'),
          },
        },
      },
    };
  }
  if (mode === 'development') {
    return { server: { open: false } };
  }
  return {
    plugins: [minifyTemplatesPlugin()],
    build: {
      outDir: 'dist',
      // First of `npm run build`: starts from an empty dist/, so no chunk of an earlier build lingers.
      emptyOutDir: true,
      sourcemap: true,
      lib: {
        entry: resolve('src/coalition-widgets.ts'),
        formats: ['es'],
        fileName: () => 'coalition-widgets.js',
      },
      rolldownOptions: {
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
