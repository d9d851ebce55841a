/** Keyboard navigation and listening as one chunk, loaded on first use (keyboard-on-demand.ts). */
export { KeyboardNavigation } from './keyboard-navigation.js';
export { Listening } from './listening.js';
