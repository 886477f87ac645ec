/**
 * Word normalisation shared by the rule compiler, the pre-scan and the matcher: every side of a
 * comparison goes through the same function, so matching is insensitive to case, diacritics,
 * typographic apostrophes and invisible characters, while positions stay those of the original.
 */

// Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, and a way to slip past word lists.
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
const combiningMarks = /\p{M}/gu
const apostrophes = /[\u2019\u02BC\u2018`´]/g

/** Normalise one word (or phrase) for matching. */
export function normalizeWord(value: string): string {
  let result = value
  if (/[^\u0000-\u007F]/.test(result)) {
    result = result.replace(invisible, '').normalize('NFKD').replace(combiningMarks, '').replace(apostrophes, "'")
  }
  result = result.toLowerCase()
  // Possessives: "refugee's", "refugees'" match like "refugee", "refugees".
  if (result.endsWith("'s") && result.length > 2) result = result.slice(0, -2)
  else if (result.endsWith("'") && result.length > 1) result = result.slice(0, -1)
  return result
}

/** Split a phrase into normalised words, the way the matcher sees a sentence. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .split(/[\s\-\u2010\u2011]+/u)
    .filter((word) => word !== '')
    .map((word) => normalizeWord(word))
}

/** Word pieces as the pre-scan sees them: runs of letters and digits. */
export const prescanWord = /[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]+/gu
