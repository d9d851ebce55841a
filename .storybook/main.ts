import type { StorybookConfig } from '@storybook/web-components-vite';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import { generateTemplateStories } from './generate-stories.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts: string[]) => join(root, ...parts);

// One story file per registered template, written from the registry.
generateTemplateStories(at('stories', 'templates'));

// The API reference reads custom-elements.json: make it if `npm run analyze` was not run.
if (!existsSync(at('custom-elements.json'))) {
  spawnSync(process.execPath, [at('node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js'), 'analyze', '--litelement'], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** The package version, and the integrity hash of the standalone bundle when it has been built. */
function buildInfo(): { version: string; integrity: string | null } {
  const { version } = JSON.parse(readFileSync(at('package.json'), 'utf8')) as { version: string };
  const bundle = at('dist', 'lnob-charts.js');
  const integrity = existsSync(bundle) ? `sha384-${createHash('sha384').update(readFileSync(bundle)).digest('base64')}` : null;
  return { version, integrity };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-style Markdown in the docs pages (tables above all), as in the README.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the package's vite.config.ts: that one builds the library.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
  // The catalogue is for campaigners choosing a chart, not for learning Storybook: no onboarding checklist in the sidebar.
  features: { sidebarOnboardingChecklist: false },
  // The standalone bundle and the demo page, served beside the catalogue (/dist/…, /demo/index.html).
  staticDirs: [
    ...(existsSync(at('dist')) ? [{ from: '../dist', to: '/dist' }] : []),
    { from: '../demo', to: '/demo' },
  ],
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      define: { __LNOB_BUILD__: JSON.stringify(buildInfo()) },
    });
  },
};

export default config;
