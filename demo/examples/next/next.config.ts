import type { NextConfig } from 'next';

const config: NextConfig = {
  // The example app sits inside the passkey-elements checkout: its own folder is the root.
  turbopack: { root: import.meta.dirname },
};

export default config;
