/**
 * The block editor's sidebar as an author uses it: panels opened by their
 * title, controls found by their visible label, values chosen, typed or
 * pasted, and the labels the sidebar shows at a time.
 */

/** Opens (or with `open` false, closes) the sidebar panel titled `title`; a no-op when it already is so. */
export async function openPanel(page, title, open = true) {
  await page.waitForFunction(
    (text) => [...document.querySelectorAll('.block-editor-block-inspector .components-panel__body-toggle')].some((button) => button.textContent.trim() === text),
    { timeout: 30_000 },
    title,
  );
  await page.evaluate(
    (text, wanted) => {
      const button = [...document.querySelectorAll('.block-editor-block-inspector .components-panel__body-toggle')].find((node) => node.textContent.trim() === text);
      if ((button.getAttribute('aria-expanded') === 'true') !== wanted) button.click();
    },
    title,
    open,
  );
}

/** The `#id` of the sidebar control whose label reads `label`. */
async function control(page, label) {
  const id = await page.waitForFunction(
    (text) => [...document.querySelectorAll('.block-editor-block-inspector label')].find((node) => node.textContent.trim() === text)?.htmlFor || null,
    { timeout: 30_000 },
    label,
  );
  return `#${await id.jsonValue()}`;
}

/** Chooses `value` in the select labelled `label`. */
export async function choose(page, label, value) {
  await page.select(await control(page, label), value);
}

/** Puts `text` in the field labelled `label` at once, as pasting does (React sees one input event). */
export async function paste(page, label, text) {
  await page.$eval(
    await control(page, label),
    (field, value) => {
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
}

/** Clicks the switch or check box labelled `label`. */
export async function flip(page, label) {
  await page.click(await control(page, label));
}

/** Every label the sidebar shows now (fields, selects, switches). */
export function sidebarLabels(page) {
  return page.$$eval('.block-editor-block-inspector label', (labels) => labels.map((label) => label.textContent.trim()));
}
