/**
 * Word normalisation shared by the rule compiler, the pre-scan and the matcher: every side of a
 * comparison goes through the same function, so matching is insensitive to case, diacritics,
 * typographic apostrophes and invisible characters, while positions stay those of the original.
 */

// Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, and a way to slip past word lists.
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
const combiningMarks = /\p{M}/gu
const apostrophes = /[\u2019\u02BC\u2018`´]/g

// Cyrillic and Greek letters that look like Latin ones, used to disguise words ("іllеgаls").
const lookAlikes: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ο: 'o', ν: 'v', ρ: 'p', ι: 'i', κ: 'k', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X'
}
const lookAlike = new RegExp(`[${Object.keys(lookAlikes).join('')}]`, 'g')

// Letters that Unicode does not decompose but writers replace when their keyboard lacks them
// (sigøjnere -> sigojnere, Straße -> Strasse): folded on both sides, like accents.
const unaccented: Record<string, string> = {ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ẞ: 'SS', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L'}
const unaccent = new RegExp(`[${Object.keys(unaccented).join('')}]`, 'g')

/** Normalise one word (or phrase) for matching. */
export function normalizeWord(value: string): string {
  let result = value
  if (/[^\u0000-\u007F]/.test(result)) {
    // NFKD folds full-width and other compatibility forms; marks are dropped after decomposition.
    result = result
      .replace(invisible, '')
      .normalize('NFKD')
      .replace(combiningMarks, '')
      .replace(apostrophes, "'")
      .replace(lookAlike, (char) => lookAlikes[char]!)
      .replace(unaccent, (char) => unaccented[char]!)
  }
  result = result.toLowerCase()
  // German gender-inclusive forms read as the feminine form: Migrant*innen, Migrant:innen,
  // Migrant_innen, Migrant·innen -> migrantinnen.
  if (/[*:_\u00B7]in/.test(result)) result = result.replace(/[*:_\u00B7](?=in(?:nen)?$)/, '')
  // The parser keeps a final period on words it takes for abbreviations ("ill." before a lowercase
  // word, "U.S."): for matching, a final period is never part of the word.
  if (result.endsWith('.') && result.length > 1) result = result.slice(0, -1)
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
