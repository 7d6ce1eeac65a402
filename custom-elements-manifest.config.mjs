// Generates custom-elements.json from the elements' JSDoc: `npm run analyze`.
export default {
  globs: ['src/**/*.ts'],
  // Only what a page uses: the command line and the embed builder's helpers are not part of it.
  exclude: ['src/generated/**', 'src/**/*.test.ts', 'src/cli/**', 'src/builder/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [
    {
      name: 'coalition-sorted-modules',
      // The files are read in the file system's order, which differs from one checkout to another:
      // sorted by path, the manifest is the same everywhere, and CI can compare it with the committed one.
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
