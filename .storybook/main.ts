import type { StorybookConfig } from '@storybook/web-components-vite';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import { generateTemplateStories } from './generate-stories.js';
import type { BuildInfo } from '../stories/build-info.js';
import { kitZipName } from '../scripts/kit-zip-name.js';

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

/**
 * The package version and the integrity hash of the standalone bundle when it has been built; in the static
 * catalogue (`npm run build-storybook`) also where the site carries the kit, its zip and the builder, so its snippets
 * load the kit from the site itself (the dev server's snippets keep the CDN address).
 */
function buildInfo(published: boolean): BuildInfo {
  const { version } = JSON.parse(readFileSync(at('package.json'), 'utf8')) as { version: string };
  const bundle = at('dist', 'lnob-charts.js');
  const integrity = existsSync(bundle) ? `sha384-${createHash('sha384').update(readFileSync(bundle)).digest('base64')}` : null;
  const zip = kitZipName(version);
  return {
    version,
    integrity,
    kitPath: published && integrity ? 'dist/lnob-charts.js' : null,
    download: existsSync(at('download', zip)) ? `download/${zip}` : null,
    builder: existsSync(at('builder-dist', 'index.html')) ? 'builder/' : null,
  };
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
  // The catalogue is for campaigners choosing a chart, not for learning Storybook: no onboarding checklist, and none
  // of the developer panels and tools its stories have no use for (they have no actions or play functions).
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
    actions: false,
    interactions: false,
    backgrounds: false,
    measure: false,
    outline: false,
  },
  // Served beside the catalogue: the kit (/dist/lnob-charts.js), the demo page, and when they were built (see
  // scripts/build-site.js) the kit's zip and the builder; the site's icon.
  staticDirs: [
    ...(existsSync(at('dist')) ? [{ from: '../dist', to: '/dist' }] : []),
    { from: '../demo', to: '/demo' },
    ...(existsSync(at('download')) ? [{ from: '../download', to: '/download' }] : []),
    ...(existsSync(at('builder-dist', 'index.html')) ? [{ from: '../builder-dist', to: '/builder' }] : []),
    { from: './static', to: '/' },
  ],
  async viteFinal(viteConfig, { configType }) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      define: { __LNOB_BUILD__: JSON.stringify(buildInfo(configType === 'PRODUCTION')) },
    });
  },
};

export default config;
