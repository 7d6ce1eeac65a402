import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/lib/minify-templates.mjs';

const elements = ['event-card', 'countdown', 'member-map', 'signatory-list'];

/**
 * A bundle that pages load from a static host: Lit inside, templates and code minified, chunks in
 * `chunks/`. With several entries, the code they share is `chunks/shared-*.js` (it would be named
 * after its first module); the lazy chunks (map geometry, long list, locales) keep their names.
 */
function pageBundle(outDir: string, entry: Record<string, string>): UserConfig {
  return {
    plugins: [minifyTemplatesPlugin()],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        output: {
          minify: true,
          chunkFileNames: (chunk) =>
            chunk.isDynamicEntry || Object.keys(entry).length === 1 ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js',
        },
      },
    },
  };
}

/**
 * `vite build`                  dist/coalition-widgets.js: self-contained (Lit inside), lazy chunks beside it.
 * `vite build --mode elements`  dist/elements/: one such file per element, sharing their common chunks.
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
    return pageBundle('dist/elements', Object.fromEntries(elements.map((e) => [e, resolve(`src/elements/${e}.ts`)])));
  }
  if (mode === 'development') {
    return { server: { open: false } };
  }
  // First of `npm run build`: starts from an empty dist/, so no chunk of an earlier build lingers.
  return pageBundle('dist', { 'coalition-widgets': resolve('src/coalition-widgets.ts') });
});
