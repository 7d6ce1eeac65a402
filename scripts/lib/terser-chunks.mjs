// One more minification step for the files pages load (`vite build` and each element's build; see
// pageBundle() in vite.config.ts): each chunk goes through oxc's minifier (the one rolldown uses),
// then terser's compressor, and rolldown's own minifier (`output.minify`) then runs over the result.
//
// Measured on coalition-widgets.js, gzip -9: rolldown's minifier alone 34,808 bytes; this step
// 34,489. Each element file is 244-326 bytes smaller, the long-list chunk 45; the locale chunks do
// not change. Why this order:
// - terser finds much less to shorten in the chunk as rolldown renders it (34,729 bytes, terser
//   then rolldown's minifier) than in code oxc has already minified;
// - terser writes strings in double quotes; rolldown's minifier, last, writes them back in backticks
//   like the template literals around them, which gzip better (without it the locale chunks grow);
// - terser does not rename variables (`mangle: false`): rolldown's minifier renames them all again.
// Terser's default compress options: no `unsafe*` option, and property names are left as they are
// (Lit and the DOM read them). `passes: 2`: 3 and 4 took 11 and 28 bytes more off the bundle, none
// off the element files, for 2 and 4.5 s more a build.
// Each step's source map goes back to the chunk as rendered; rolldown chains them to the sources.
import { minify as terser } from 'terser';
import { minify as oxc } from 'vite';

/** @type {import('terser').MinifyOptions} */
const TERSER = { module: true, ecma: 2020, compress: { passes: 2 }, mangle: false };

/** @returns {import('vite').Plugin} */
export function terserChunksPlugin() {
  return {
    name: 'coalition-terser-chunks',
    apply: 'build',
    enforce: 'post',
    async renderChunk(code, chunk, outputOptions) {
      const sourcemap = !!outputOptions.sourcemap;
      const first = await oxc(chunk.fileName, code, { module: true, sourcemap });
      if (first.errors.length) {
        throw new Error(`${chunk.fileName}: oxc could not minify it: ${first.errors.map((e) => e.message).join('; ')}`);
      }
      const out = await terser(first.code, { ...TERSER, sourceMap: sourcemap && { content: first.map, asObject: true } });
      return { code: out.code, map: sourcemap ? out.map : null };
    },
  };
}
