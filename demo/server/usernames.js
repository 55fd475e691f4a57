// @ts-check
/**
 * Usernames as identifiers: one spelling per account, no look-alikes. Close to RFC 8265's
 * UsernameCaseMapped profile (width and compatibility mapping, case mapping, one normal form),
 * plus a single-script rule against mixed-script confusables (UTS #39 "highly restrictive").
 */
import { HttpError } from './http.js';

const NOT_ALLOWED = 'The username contains characters that are not allowed.';

/**
 * Invisible or direction-changing: default-ignorables (zero-width space and joiners, U+3164
 * Hangul filler, soft hyphen…), bidi controls (U+202E…), other format, control, private-use,
 * unassigned and surrogate code points, and every space and separator but U+0020.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u2800]|(?! )\p{Zs}/u;

/** Scripts a letter may belong to; letters of other scripts form one group of their own. */
const SCRIPTS = /** @type {const} */ ([
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Devanagari', 'Bengali',
  'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao',
  'Tibetan', 'Myanmar', 'Georgian', 'Hangul', 'Ethiopic', 'Cherokee', 'Khmer', 'Mongolian', 'Hiragana',
  'Katakana', 'Bopomofo', 'Han',
]).map((name) => /** @type {const} */ ([name, new RegExp(`\\p{Script=${name}}`, 'u')]));

/** Script mixes that are one writing system, not a disguise: Japanese, Chinese with Bopomofo, Korean; each with Latin. */
const WRITING_SYSTEMS = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

/** @param {string} name @returns {Set<string>} the scripts of its letters */
function scriptsOf(name) {
  const scripts = new Set();
  for (const char of name) {
    if (!/\p{L}/u.test(char)) continue;
    scripts.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other');
  }
  return scripts;
}

/**
 * Checks a trimmed name (readName has capped its length) and gives the form to store and show:
 * NFKC, so full-width "ａｌｉｃｅ" is "alice" and "ﬁ" is "fi". Refused: invisible and bidi code
 * points, names with no letter or digit (blank-looking ones such as U+3164 only), a combining
 * mark first, letters from scripts that are not one writing system (Cyrillic 'а' in "аlice").
 * @param {string} name
 * @returns {string}
 */
export function checkUsername(name) {
  const mapped = name.normalize('NFKC');
  if (INVISIBLE.test(mapped) || /^\p{M}/u.test(mapped)) throw new HttpError(400, NOT_ALLOWED);
  if (!/[\p{L}\p{N}]/u.test(mapped)) throw new HttpError(400, 'The username needs at least one letter or digit.');
  const scripts = scriptsOf(mapped);
  if (scripts.size > 1 && !WRITING_SYSTEMS.some((system) => [...scripts].every((s) => system.has(s)))) {
    throw new HttpError(400, 'The username mixes letters of different scripts (for example Latin and Cyrillic).');
  }
  return mapped;
}

/**
 * The key usernames are unique by: "Ana", "ANA" and "ａｎａ" are one account (case mapped, then
 * normalized again, as RFC 8265's UsernameCaseMapped does).
 * @param {string} username
 */
export const usernameKey = (username) => username.normalize('NFKC').toLowerCase().normalize('NFKC');
