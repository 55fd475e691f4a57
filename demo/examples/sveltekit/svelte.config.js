// @ts-check
import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  // envPrefix: passkey-handler.js sets one variable in a process other examples share.
  kit: { adapter: adapter({ envPrefix: 'PASSKEY_EXAMPLE_' }) },
};
