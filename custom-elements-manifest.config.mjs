// Generates custom-elements.json from the elements' JSDoc: `npm run analyze`.
export default {
  globs: ['src/**/*.ts'],
  // Only what a page uses: the command line and the embed builder's helpers are not part of it.
  exclude: ['src/generated/**', 'src/**/*.test.ts', 'src/cli/**', 'src/builder/**'],
  outdir: '.',
  litelement: true,
  dev: false,
};
