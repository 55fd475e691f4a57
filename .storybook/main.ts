import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  core: {
    // No network but the npm registry here, and no reason to phone home anywhere.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  docs: { defaultName: 'Docs' },
  viteFinal(viteConfig) {
    // Storybook's renderer is served unbundled and imports `lit/directive-helpers.js`; bundled
    // with `lit` up front, the renderer and the stories share one copy of Lit (the dev server and
    // the Vitest run; the static build bundles everything once anyway).
    const include = ['lit', 'lit/directive-helpers.js', 'lit/directives/if-defined.js', 'lit/directives/until.js', '@simplewebauthn/browser'];
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), ...include] };
    return viteConfig;
  },
};

export default config;
