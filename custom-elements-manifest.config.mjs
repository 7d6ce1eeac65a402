// Generates custom-elements.json from the elements' JSDoc: `npm run analyze`.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
