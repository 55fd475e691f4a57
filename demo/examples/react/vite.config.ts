import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev` talks to the mock relying party of `npm start` (in the repository root).
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/passkeys': 'http://localhost:8000' } },
});
