// One theme for both elements' "Theming" stories, and the colours the play functions expect.
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Every --passkey-* custom property set, and the button, error and secondary parts styled. */
export const withTheme: Decorator = (story) => html`<style>
    .themed > * {
      --passkey-accent: #0f766e;
      --passkey-on-accent: #f0fdfa;
      --passkey-radius: 999px;
      --passkey-spacing: 0.9rem;
      --passkey-font: 15px/1.4 Georgia, serif;
      --passkey-error-color: #9d174d;
      --passkey-border-color: #0f766e;
    }
    .themed > ::part(button) {
      letter-spacing: 0.04em;
    }
    .themed > ::part(error) {
      font-style: italic;
    }
    .themed > ::part(secondary) {
      background: #ccfbf1;
    }
  </style>
  <div class="themed">${story()}</div>`;

/** What the theme makes of the parts (computed styles). */
export const themed = {
  font: { fontFamily: 'Georgia, serif', fontSize: '15px' },
  button: { backgroundColor: 'rgb(15, 118, 110)', color: 'rgb(240, 253, 250)', borderTopLeftRadius: '999px', letterSpacing: '0.6px' },
  error: { color: 'rgb(157, 23, 77)', fontStyle: 'italic' },
  secondary: { backgroundColor: 'rgb(204, 251, 241)' },
  input: { borderTopColor: 'rgb(15, 118, 110)', borderTopLeftRadius: '999px' },
};

/** The defaults of src/elements/styles.ts, light and dark: accent and error colour. */
export const defaultColours = {
  light: { accent: 'rgb(33, 86, 217)', error: 'rgb(180, 35, 24)' },
  dark: { accent: 'rgb(122, 162, 255)', error: 'rgb(255, 138, 128)' },
};

/** The computed values of the keys of `expected`, to compare with it. */
export function computed(element: Element, expected: Record<string, string>): Record<string, string> {
  const style = getComputedStyle(element) as unknown as Record<string, string>;
  return Object.fromEntries(Object.keys(expected).map((key) => [key, style[key]]));
}
