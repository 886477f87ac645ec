/**
 * Suggestions: an alternative put into the number and case of the text it replaces, and English
 * a/an agreement for the article before it.
 */

/** Write `value` in the case pattern of `like` (UPPER, Capitalised or as written). */
export function matchCase(value: string, like: string): string {
  if (value === '') return value
  const letters = like.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return value.toUpperCase()
  const first = letters.charAt(0)
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return value.charAt(0).toUpperCase() + value.slice(1)
  }
  return value
}

// Words spelled with a vowel but said with a consonant sound, and the reverse.
const consonantSound = /^(?:uni|use|usu|eu|one|once|ewe|ufo|u[bcfhjkqrst][aeiou])/i
const vowelSound = /^(?:hour|honest|honou?r|heir|[aefhilmnorsx]\b|[aefhilmnorsx][A-Z]*\b)/

/** The English indefinite article for a following word. */
export function indefiniteArticle(nextWord: string): 'a' | 'an' {
  if (vowelSound.test(nextWord) && /^[A-Z]/.test(nextWord) && nextWord.length <= 4 && nextWord === nextWord.toUpperCase()) return 'an'
  if (/^hour|^honest|^honou?r|^heir/i.test(nextWord)) return 'an'
  if (consonantSound.test(nextWord)) return 'a'
  return /^[aeiou]/i.test(nextWord) ? 'an' : 'a'
}
