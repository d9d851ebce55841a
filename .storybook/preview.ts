import type { ArgTypesEnhancer, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { drawAtOnceInDocs } from './draw-in-docs.js';
import { catalogueTheme } from './theme.js';

setCustomElementsManifest(manifest);

interface ManifestAttribute {
  name: string;
  description?: string;
}

/** Attribute descriptions from the element's JSDoc (custom-elements.json), for controls that have none. */
const attributeDocs = new Map<string, string>();
for (const module of (manifest as { modules?: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] }).modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName !== 'lnob-chart') continue;
    for (const attribute of declaration.attributes ?? []) {
      if (attribute.description) attributeDocs.set(attribute.name, attribute.description);
    }
  }
}

const describeFromManifest: ArgTypesEnhancer = (context) => {
  const argTypes = { ...context.argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    const doc = attributeDocs.get(name);
    if (doc && !argType.description) argTypes[name] = { ...argType, description: doc };
  }
  return argTypes;
};

const preview: Preview = {
  decorators: [drawAtOnceInDocs],
  argTypesEnhancers: [describeFromManifest],
  parameters: {
    // Every story is checked with axe; a violation fails the story's test.
    a11y: { test: 'error' },
    // No "Update story / Create new story" under changed controls: the stories are generated from the registry.
    controls: { expanded: true, sort: 'none', disableSaveFromUI: true },
    docs: { theme: catalogueTheme },
    options: {
      storySort: {
        // A literal (Storybook reads it without running this file). The templates are not listed: their pages come in
        // file order, and .storybook/generate-stories.ts numbers their files in registry order.
        order: [
          'Start here',
          ['Introduction', 'Make a chart', 'Your data'],
          // The builder's page, wherever it is filed: after the start page, which the catalogue opens on.
          'Make a chart',
          'Templates',
          ['*', 'What each chart draws'],
          'Big numbers',
          ['About the cards', 'lnob-stat'],
          'SDG indicators',
          ['How presets work', 'Presets'],
          'Theming',
          ['Themes and branding', 'Playground'],
          'Guides',
          ['Real data downloads', 'World maps', 'Uncertainty', 'Languages and sharing', 'Charts without JavaScript'],
          'Publishing guides',
          ['WordPress', 'Drupal', 'Google Sites, Wix, Squarespace', 'A plain HTML page'],
          'Reference',
          ['lnob-chart', 'Error messages', 'Security and accessibility'],
        ],
      },
    },
  },
};

export default preview;
