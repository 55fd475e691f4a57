let count = 0;

export interface UsernameInputOptions {
  autocomplete: string;
  label: string;
  /** Enter in the input: run the ceremony instead of submitting a surrounding form. */
  onEnter: () => void;
}

/**
 * The element's username input. It lives in the light DOM, slotted into the shadow root, so
 * browser autofill and password managers can see it. A page may give its own `<input>` child.
 */
export function adoptUsernameInput(
  host: HTMLElement,
  options: UsernameInputOptions,
): [input: HTMLInputElement, ownLabel?: HTMLLabelElement] {
  let input = host.querySelector('input');
  let label: HTMLLabelElement | undefined;
  if (input) {
    // Autofill offers passkeys only on inputs whose autocomplete ends in "webauthn".
    const current = input.getAttribute('autocomplete') || 'username';
    if (options.autocomplete.endsWith('webauthn') && !current.includes('webauthn')) {
      input.setAttribute('autocomplete', `${current} webauthn`);
    }
    if (input.parentElement === host) input.slot ||= 'username';
    const pageLabel = host.querySelector(':scope > label');
    if (pageLabel) pageLabel.slot ||= 'label';
  } else {
    input = document.createElement('input');
    input.id = `passkey-username-${++count}`;
    input.name = 'username';
    input.slot = 'username';
    input.autocomplete = options.autocomplete as AutoFill;
    input.autocapitalize = 'none';
    input.spellcheck = false;
    label = document.createElement('label');
    label.htmlFor = input.id;
    label.slot = 'label';
    label.textContent = options.label;
    host.append(label, input);
    // Firefox offers passkeys in autofill only on an input with a form owner. Outside a page's
    // form, link one of our own: a child the shadow root never slots (so never shown), and the
    // input stays where it is (slotting, label, styles). Enter is handled below: no submit.
    if (!input.form) {
      const form = host.appendChild(document.createElement('form'));
      input.setAttribute('form', (form.id = `${input.id}-form`));
    }
  }
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    options.onEnter();
  });
  return [input, label];
}
