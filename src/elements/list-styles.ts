import { css } from 'lit';

// On top of the elements' styles (styles.ts). Each text colour meets 4.5:1 on its background in
// both colour schemes (light-dark() follows the page's color-scheme); test/colours.test.ts
// measures it.
export const listStyles = css`
  ul {
    display: grid;
    gap: var(--passkey-spacing, 0.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5rem 0.75rem;
    align-items: center;
    padding: 0.75rem;
    border: 1px solid var(--passkey-border-color, #8a8f98);
    border-radius: var(--_radius);
  }
  li > div:not([part='summary']) {
    grid-column: 1 / -1;
  }
  [part='summary'] {
    gap: 0.125rem;
    min-width: 0;
  }
  [part='icon'] {
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--passkey-on-accent, light-dark(#fff, #0b1020));
    font-weight: 700;
  }
  [part='name'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part='details'] {
    color: var(--passkey-muted-color, light-dark(#4b5260, #b4bac6));
    font-size: 0.9em;
  }
  [part='actions'],
  [part='rename'],
  [part='confirm'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  [part~='button'] {
    padding: 0.45em 0.9em;
  }
  [part~='add'] {
    justify-self: start;
  }
  label {
    flex-basis: 100%;
    font-weight: 600;
  }
  input {
    font: inherit;
    flex: 1 1 12rem;
    padding: 0.45em 0.75em;
    border: 1px solid var(--passkey-border-color, #8a8f98);
    border-radius: var(--_radius);
    background: Field;
    color: FieldText;
  }
  input:focus-visible,
  [part='confirm'] p:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part='confirm'] p {
    flex-basis: 100%;
  }
  [part~='danger'] {
    background: var(--passkey-danger, light-dark(#b42318, #ff8a80));
    color: light-dark(#fff, #1a0000);
  }
  [part='warning'] {
    font-weight: 600;
  }
  [part='message']:empty {
    display: none;
  }
  /* Without light-dark() (see styles.ts): the light scheme's colours. */
  @supports not (color: light-dark(#000, #fff)) {
    [part='icon'] {
      color: var(--passkey-on-accent, #fff);
    }
    [part='details'] {
      color: var(--passkey-muted-color, #4b5260);
    }
    [part~='danger'] {
      background: var(--passkey-danger, #b42318);
      color: #fff;
    }
  }
`;
