/**
 * Morphology per language: the forms a phrase takes, so that rule files list a phrase once.
 * English derives singular and plural of the last word with `pluralize`.
 */
import pluralize from 'pluralize'

/** Grammatical number of a form; `undefined` when the form does not tell. */
export type GrammaticalNumber = 'one' | 'many'

/** A form of a phrase with its number. */
export interface Form {
  text: string
  number: GrammaticalNumber | undefined
}

/** What a language contributes to matching and suggestions. */
export interface Morphology {
  /** Forms of a phrase (the phrase itself included). */
  forms(phrase: string): Form[]
  /** The phrase put into the given number (for suggestions). */
  inflect(phrase: string, number: GrammaticalNumber): string
}

function splitLast(phrase: string): [string, string] {
  const match = /^(.*?)([\p{L}\p{M}']+)$/u.exec(phrase)
  return match ? [match[1]!, match[2]!] : ['', phrase]
}

function keepCase(word: string, like: string): string {
  if (like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase()
  if (like[0] && like[0] === like[0].toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1)
  return word
}

// Group names whose plural is the same word; checked here rather than registered in pluralize,
// whose rules are global to every user of the package.
const sameInPlural = /^(?:roma|sinti|manouche|swiss|inuit|people|police|staff|ese|.+ese)$/

function englishPlural(word: string): string {
  return sameInPlural.test(word) ? word : pluralize.plural(word)
}

function englishSingular(word: string): string {
  return sameInPlural.test(word) ? word : pluralize.singular(word)
}

const english: Morphology = {
  forms(phrase) {
    const [head, last] = splitLast(phrase)
    const lower = last.toLowerCase()
    const singular = englishSingular(lower)
    const plural = englishPlural(lower)
    if (singular === plural) return [{text: phrase, number: undefined}]
    const isPlural = lower === plural
    const other = keepCase(isPlural ? singular : plural, last)
    return [
      {text: phrase, number: isPlural ? 'many' : 'one'},
      {text: head + other, number: isPlural ? 'one' : 'many'}
    ]
  },
  inflect(phrase, number) {
    const [head, last] = splitLast(phrase)
    const lower = last.toLowerCase()
    const target = number === 'many' ? englishPlural(lower) : englishSingular(lower)
    return head + keepCase(target, last)
  }
}

// Languages without a morphology yet match phrases exactly as written.
const exact: Morphology = {
  forms: (phrase) => [{text: phrase, number: undefined}],
  inflect: (phrase) => phrase
}

/** The morphology of a language. */
export function morphologyFor(language: string): Morphology {
  return language === 'en' ? english : exact
}
