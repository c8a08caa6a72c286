// Screenshots of the widgets compared with the committed baselines in test/visual/baselines/.
// A run with --update-visual-baseline writes new baselines instead of comparing:
//   npm run test:visual -- --update-visual-baseline
// The pages use DejaVu Sans (Debian's fonts-dejavu-core, which scripts/ensure-browser.mjs
// installs), so a fresh machine draws the same glyphs.
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import base, { browserIn } from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/visual/**/*.test.ts'],
  groups: [],
  browsers: [browserIn('Europe/Berlin')],
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: new URL('./test/visual/', import.meta.url).pathname,
      getBaselineName: ({ name }) => `baselines/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      // Anti-aliased pixels are ignored; a pixel counts as changed from a small colour distance on.
      diffOptions: { threshold: 0.1, includeAA: false },
      // Up to 40 pixels may differ (the odd glyph edge); squared corners on the bars are hundreds.
      failureThreshold: 40,
      failureThresholdType: 'pixel',
    }),
  ],
};
