/**
 * Morphology per language: the forms a phrase takes, so that rule files list a phrase once.
 * English derives singular and plural of the last word with `pluralize`.
 */
import pluralize from 'pluralize'
import {hasInflection, inflectWord} from './inflection.js'

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

const wordCharacter = /^[\p{L}\p{M}']$/u

/**
 * The phrase before its last word, and the last word (letters, marks and apostrophes at its
 * end); `['', phrase]` when it does not end in one. A loop from the end: a regular expression
 * would retry from every position of a long phrase (an allow-list entry is user input).
 */
function splitLast(phrase: string): [string, string] {
  let start = phrase.length
  while (start > 0) {
    let previous = start - 1
    const code = phrase.charCodeAt(previous)
    // An astral letter is two UTF-16 units.
    if (code >= 0xdc00 && code <= 0xdfff && previous > 0 && phrase.charCodeAt(previous - 1) >= 0xd800 && phrase.charCodeAt(previous - 1) <= 0xdbff) previous--
    if (!wordCharacter.test(phrase.slice(previous, start))) break
    start = previous
  }
  return start === phrase.length ? ['', phrase] : [phrase.slice(0, start), phrase.slice(start)]
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

// Languages without a morphology match phrases exactly as written.
const exact: Morphology = {
  forms: (phrase) => [{text: phrase, number: undefined}],
  inflect: (phrase) => phrase
}

/**
 * Danish, German, French, Dutch, Swedish: the last word's forms come from the language's endings
 * (./inflection.ts). Suggestions are not inflected: an ending list cannot tell which of several
 * plurals a word takes, so rules give alternatives as `{one, many}`.
 */
function generated(language: string): Morphology {
  return {
    forms(phrase) {
      const words = phrase.split(' ')
      if (words.length === 1) return inflectWord(language, phrase).map((form) => ({text: form.word, number: form.number}))
      // Every word of a phrase agrees in these languages ("illegale Migranten", "immigrés
      // clandestins"): all words inflect, the last one's ending gives the number. Short words
      // (articles, prepositions) stay as written.
      let combinations: Form[] = [{text: '', number: undefined}]
      for (const [index, word] of words.entries()) {
        const last = index === words.length - 1
        const options = word.length > 3 || last ? inflectWord(language, word) : [{word, number: undefined}]
        const next: Form[] = []
        for (const combination of combinations) {
          for (const option of options) {
            next.push({text: combination.text === '' ? option.word : `${combination.text} ${option.word}`, number: last ? option.number : undefined})
          }
        }
        combinations = next
        if (combinations.length > maxPhraseForms) {
          const [head, tail] = splitLast(phrase)
          return inflectWord(language, tail).map((form) => ({text: head + form.word, number: form.number}))
        }
      }
      return combinations
    },
    inflect: (phrase) => phrase
  }
}

/** Beyond this many forms of one phrase, only its last word is inflected. */
const maxPhraseForms = 2000

const morphologies = new Map<string, Morphology>([['en', english]])

/** The morphology of a language. */
export function morphologyFor(language: string): Morphology {
  let morphology = morphologies.get(language)
  if (!morphology) {
    morphology = hasInflection(language) ? generated(language) : exact
    morphologies.set(language, morphology)
  }
  return morphology
}
