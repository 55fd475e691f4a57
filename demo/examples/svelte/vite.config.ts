import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
  // `npm run dev` talks to the mock relying party of `npm start` (in the repository root). The
  // Host header stays this page's (no changeOrigin): the relying party checks origins against it.
  server: { proxy: { '/passkeys': { target: 'http://localhost:8000' } } },
});
