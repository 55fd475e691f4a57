import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Tell Vue the passkey-* tags are custom elements, not Vue components to resolve.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('passkey-') } },
    }),
  ],
  // `npm run dev` talks to the mock relying party of `npm start` (in the repository root). The
  // Host header stays this page's (no changeOrigin): the relying party checks origins against it.
  server: { proxy: { '/passkeys': { target: 'http://localhost:8000' } } },
});
