import { css } from 'lit';

/** The builder's look: plain, readable, one column on a phone (360 px), previews side by side when there is room. */
export const builderStyles = css`
  :host {
    display: block;
    font-family: var(--lnob-font-family, system-ui, sans-serif);
    color: #1a1a1a;
    background: #fff;
    line-height: 1.45;
  }
  .builder {
    max-width: 1120px;
    margin: 0 auto;
    padding: 0 12px 48px;
  }
  h1 {
    font-size: 1.6rem;
    margin: 0.6em 0 0.2em;
  }
  h2 {
    font-size: 1.25rem;
    margin: 1.6em 0 0.4em;
    border-top: 1px solid #ccc;
    padding-top: 0.8em;
  }
  h3 {
    font-size: 1rem;
    margin: 1em 0 0.3em;
  }
  label {
    display: block;
    font-weight: 600;
    margin-top: 0.6em;
  }
  .check label {
    display: inline;
    font-weight: normal;
  }
  .hint {
    color: #4a4a4a;
    font-size: 0.9rem;
    margin: 0.15em 0;
  }
  fieldset {
    border: 1px solid #bbb;
    border-radius: 6px;
    margin: 0.8em 0;
    padding: 0.4em 0.8em 0.8em;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.3em;
  }
  textarea,
  input[type='text'],
  input[type='url'],
  input[type='number'],
  input:not([type]),
  select {
    box-sizing: border-box;
    width: 100%;
    max-width: 40rem;
    font: inherit;
    padding: 6px 8px;
    border: 1px solid #767676;
    border-radius: 4px;
  }
  textarea {
    font-family: ui-monospace, monospace;
    font-size: 0.85rem;
  }
  button {
    font: inherit;
    margin: 0.5em 0.4em 0 0;
    padding: 6px 14px;
    border: 1px solid #0b5cad;
    background: #0b5cad;
    color: #fff;
    border-radius: 4px;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.6;
  }
  :focus-visible {
    outline: 3px solid #c25100;
    outline-offset: 2px;
  }
  .problem {
    color: #a00000;
    font-weight: 600;
  }
  .templates {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
  }
  .template-choice {
    width: 200px;
    max-width: 100%;
  }
  .template-choice label {
    display: inline;
  }
  .thumbnail {
    width: 190px;
    min-height: 60px;
    max-height: 160px;
    overflow: hidden;
    border: 1px solid #ddd;
    border-radius: 4px;
    margin-top: 4px;
    font-size: 10px;
  }
  /* A thumbnail is a picture of the choice: no buttons, no notes (it is inert, the radio button is the control). */
  .thumbnail lnob-chart::part(table-toggle),
  .thumbnail lnob-chart::part(warnings),
  .thumbnail lnob-chart::part(footer) {
    display: none;
  }
  .previews {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
    align-items: flex-start;
  }
  .preview {
    margin: 0;
    flex: 0 1 auto;
    max-width: 100%;
  }
  .preview-desktop {
    width: 640px;
    max-width: 100%;
  }
  .preview-phone {
    width: 360px;
    max-width: 100%;
  }
  .preview-frame {
    border: 1px dashed #999;
    padding: 8px;
    box-sizing: border-box;
  }
  figcaption {
    font-weight: 600;
  }
  .messages .error {
    color: #a00000;
  }
  .downloads {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
  }
`;
