/**
 * Suggestions: an alternative put into the number and case of the text it replaces, and English
 * a/an agreement for the article before it.
 */

/**
 * Write `value` in the case pattern of `like`: UPPER when `like` is all capitals; Capitalised
 * when `like` is capitalised at the start of a sentence; otherwise as the alternative is written
 * (a capital mid-sentence belongs to a proper name, as in “two Islamic terrorists”).
 */
export function matchCase(value: string, like: string, sentenceStart = true): string {
  if (value === '') return value
  const letters = like.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return value.toUpperCase()
  const first = letters.charAt(0)
  if (sentenceStart && first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return value.charAt(0).toUpperCase() + value.slice(1)
  }
  return value
}

/**
 * Whether `offset` starts a sentence: only white space, opening quotes or brackets, list or
 * heading markers and tags stand between it and the start of the text, a sentence end or a line break.
 */
export function atSentenceStart(source: string, offset: number): boolean {
  let index = offset - 1
  while (index >= 0) {
    const char = source[index]!
    if (char === '\n' || char === '\r') return true
    if (char === '>') {
      const open = source.lastIndexOf('<', index)
      if (open === -1) return true // a block-quote marker
      index = open - 1
      continue
    }
    if (/[\s"'“‘«„(\[*_#\-–—]/u.test(char)) {
      index--
      continue
    }
    return /[.!?…:]/u.test(char)
  }
  return true
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
