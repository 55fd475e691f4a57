import { css } from 'lit';

// Public --passkey-* properties feed private --_* ones where a value is used twice. Colours follow
// the page's color-scheme (inherited), not the OS: light-dark() picks by the scheme in use, so a
// light page on a dark OS gets light colours. Each text colour meets 4.5:1 on that scheme's Canvas
// (or on the button), idle or busy: a busy button does not fade (faded, white on blue was ~3.5:1);
// the message says it is waiting. test/colours.test.ts measures it.
// The message wraps anywhere: a long URL or word from the server must not widen the element.
export const styles = css`
  :host {
    --_accent: var(--passkey-accent, light-dark(#2156d9, #7aa2ff));
    --_radius: var(--passkey-radius, 8px);
    display: block;
    font: var(--passkey-font, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  div {
    display: grid;
    gap: var(--passkey-spacing, 0.5rem);
  }
  ::slotted(label) {
    font-weight: 600;
  }
  ::slotted(input) {
    font: inherit;
    padding: 0.6em 0.75em;
    border: 1px solid var(--passkey-border-color, #8a8f98);
    border-radius: var(--_radius);
    background: Field;
    color: FieldText;
  }
  button {
    font: inherit;
    font-weight: 600;
    padding: 0.65em 1em;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--passkey-on-accent, light-dark(#fff, #0b1020));
    cursor: pointer;
  }
  /* The passkey icon: inside the text's line box, so the button keeps its height. */
  svg {
    width: 1em;
    height: 1em;
    vertical-align: -0.15em;
    margin-inline-end: 0.3em;
  }
  [part~='secondary'] {
    background: none;
    color: var(--_accent);
    box-shadow: inset 0 0 0 1px;
  }
  button[aria-disabled='true'] {
    cursor: progress;
  }
  ::slotted(input:focus-visible),
  button:focus-visible,
  p:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Rounded, so the ring after an error (keyboard users only: :focus-visible) matches the controls. */
  p {
    margin: 0;
    border-radius: 4px;
    overflow-wrap: anywhere;
  }
  [part~='error'] {
    color: var(--passkey-error-color, light-dark(#b42318, #ff8a80));
  }
  /* Engines without light-dark() (Safari < 17.5, Chrome < 123, Firefox < 120) keep the rules above
     (var() hides the function from the parser) and drop their value when it is used: no fill, no
     colour. They get the light scheme's colours instead. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--passkey-accent, #2156d9);
    }
    button {
      color: var(--passkey-on-accent, #fff);
    }
    [part~='error'] {
      color: var(--passkey-error-color, #b42318);
    }
  }
`;
