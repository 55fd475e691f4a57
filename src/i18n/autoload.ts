/** Languages already asked for: each is fetched once per page, found or not. */
const asked = new Set<string>();

/**
 * Loads `locales/<lang>.js` from beside the drop-in file (a language, not a region: the files are
 * per language, and `de-AT` speaks `de`); the file registers itself, which re-renders the
 * elements. No such file: English stays, with one hint.
 */
export function loadLocale(lang: string): void {
  // The page's lang becomes part of a URL: only a plain language code (no `/`, `.`, `:` or `?`).
  // A Set grows only on a language it has not seen.
  if (/^[a-z]{2,3}$/.test(lang) && asked.size < asked.add(lang).size) {
    import(new URL(`locales/${lang}.js`, import.meta.url) as unknown as string).catch(() =>
      console.info('passkey-elements: no locale', lang),
    );
  }
}
