import { css } from 'lit';

// Public --passkey-* properties feed private --_* ones where a value is used twice or per scheme.
// The message wraps anywhere: a long URL or word from the server must not widen the element.
export const styles = css`
  :host {
    --_accent: var(--passkey-accent, #2156d9);
    --_on-accent: var(--passkey-on-accent, #fff);
    --_radius: var(--passkey-radius, 8px);
    --_error: var(--passkey-error-color, #b42318);
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
    color: var(--_on-accent);
    cursor: pointer;
  }
  [part~='secondary'] {
    background: none;
    color: var(--_accent);
    box-shadow: inset 0 0 0 1px;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  ::slotted(input:focus-visible),
  button:focus-visible,
  p:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part~='error'] {
    color: var(--_error);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--passkey-accent, #7aa2ff);
      --_on-accent: var(--passkey-on-accent, #0b1020);
      --_error: var(--passkey-error-color, #ff8a80);
    }
  }
`;
