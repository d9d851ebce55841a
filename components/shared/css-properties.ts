import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Custom properties set on an element through the CSSOM (`style.setProperty`), which a Content-Security-Policy
 * allows, rather than a `style="…"` attribute (Lit's `styleMap` writes one on the first render, which a policy
 * without `'unsafe-inline'` refuses and reports as `style-src-attr`). Used on the element itself:
 * `<p ${cssProperties({ '--_goal': colour })}>`.
 */
class CssProperties extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() goes on an element: <p ${cssProperties({…})}>');
  }

  render(_properties: Readonly<Record<string, string | undefined>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string | undefined>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (properties[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      this.previous.add(name);
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const cssProperties = directive(CssProperties);
