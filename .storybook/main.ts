// Storybook for web components with Vite: `npm run storybook` serves it, `npm run build-storybook`
// builds it (CI does, so a broken story fails). The demo folder is served for its sample feed.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../demo', to: '/demo' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
