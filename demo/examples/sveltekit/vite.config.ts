import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // `npm run dev` talks to the mock relying party of `npm start` (in the repository root). The
  // Host header stays this page's (no changeOrigin): the relying party checks origins against it.
  server: { host: 'localhost', proxy: { '/passkeys': { target: 'http://localhost:8000' } } },
});
