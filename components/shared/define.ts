/**
 * Defines a custom element once. A page that loads the script twice (two
 * plugins, a theme and a post) keeps working: the second copy only warns.
 */
export function defineOnce(tag: string, constructor: CustomElementConstructor): void {
  if (customElements.get(tag)) {
    if (customElements.get(tag) !== constructor) {
      console.warn(`lnob-charts: <${tag}> is already defined, probably because lnob-charts.js is loaded twice. The first copy is used.`);
    }
    return;
  }
  customElements.define(tag, constructor);
}
