/** Languages already asked for: each is fetched once per page, found or not. */
const asked = new Set<string>();

/**
 * Loads `locales/list/<lang>.js` from beside the list's drop-in file (see autoload.ts, which
 * does the same for the sign-in elements' strings).
 */
export function loadListLocale(lang: string): void {
  if (/^[a-z]{2,3}$/.test(lang) && asked.size < asked.add(lang).size) {
    import(new URL(`locales/list/${lang}.js`, import.meta.url) as unknown as string).catch(() =>
      console.info('passkey-elements: no list locale', lang),
    );
  }
}
