import { addons } from 'storybook/manager-api';
import { catalogueTheme } from './theme.js';

// The site's own address opens the start page, whatever the sidebar lists first (pages without a group, such as
// the builder's, come before every group). This runs before the manager reads the address.
const START = '/docs/start-here-introduction--docs';
if (!new URLSearchParams(window.location.search).has('path')) {
  const url = new URL(window.location.href);
  url.searchParams.set('path', START);
  window.history.replaceState(window.history.state, '', url);
}

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
