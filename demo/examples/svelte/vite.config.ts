import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
  // `npm run dev` talks to the mock relying party of `npm start` (in the repository root).
  server: { proxy: { '/passkeys': 'http://localhost:8000' } },
});
