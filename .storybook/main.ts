import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../demo', to: '/demo' }],
  // Storybook builds with the project's vite.config.ts. The last steps of the files pages load
  // (terser, and the notices of the packages bundled in) are for those files, not for Storybook's.
  viteFinal: (config) => ({
    ...config,
    plugins: (config.plugins ?? [])
      .flat()
      .filter((p) => !(p && 'name' in p && ['coalition-terser-chunks', 'coalition-third-party-licenses'].includes(p.name))),
  }),
};

export default config;
