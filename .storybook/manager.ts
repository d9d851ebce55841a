import { addons } from 'storybook/manager-api';
import { catalogueTheme } from './theme.js';

addons.setConfig({
  theme: catalogueTheme,
  sidebar: { showRoots: true },
});

// The browser tab names the kit, not the tool the catalogue is made with ("Introduction ⋅ lnob-charts").
const NAME = 'lnob-charts';
const retitle = () => {
  const title = document.title.replace(/Storybook$/, NAME);
  if (title !== document.title) document.title = title;
};
new MutationObserver(retitle).observe(document.head, { subtree: true, childList: true, characterData: true });
retitle();
