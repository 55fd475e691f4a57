import type { ReactNode } from 'react';
// Keeps the elements at their upgraded height until the script has run: no layout jump.
import 'passkey-elements/before-upgrade.css';

export const metadata = { title: 'passkey-elements with Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '32rem', margin: '2rem auto', padding: '0 1rem' }}>
        {children}
      </body>
    </html>
  );
}
