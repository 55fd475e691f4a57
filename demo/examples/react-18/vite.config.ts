import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // `npm run dev` talks to the mock relying party of `npm start` (in the repository root). The
  // Host header stays this page's (no changeOrigin): the relying party checks origins against it.
  server: { proxy: { '/passkeys': { target: 'http://localhost:8000' } } },
});
