/**
 * Inflected forms for Danish, German, French, Dutch and Swedish, generated from each language's
 * endings (a closed, short list) so that rule files give a word once.
 *
 * Why generation and not a stemmer (snowball-stemmers was measured): the Snowball stemmers
 * conflate words a rule must keep apart (fr "immigré" and "immigration" both stem to "immigr",
 * so a rule on people would fire on the act; de "Strom" and "Stromer") and miss forms a rule
 * needs (sv "ström" -> "ström" but "strömmar" -> "strömm"; nl "golf" -> "golf" but "golven" ->
 * "golv"). Generated forms keep matching one exact lookup per word, the pre-scan and the
 * compound splitter use the same forms, and a suffix list cannot reach into another word's
 * stem ("Roma" never yields "Roman"). Over-generation is harmless: a form that is not a word
 * never occurs in text.
 */
import type {GrammaticalNumber} from './morphology.js'

/** A generated form of one word with the number its ending suggests. */
export interface WordForm {
  word: string
  number: GrammaticalNumber | undefined
}

interface Ending {
  suffix: string
  number: GrammaticalNumber | undefined
}

function endings(many: string[], one: string[], either: string[] = []): Ending[] {
  return [
    ...many.map((suffix) => ({suffix, number: 'many' as const})),
    ...one.map((suffix) => ({suffix, number: 'one' as const})),
    ...either.map((suffix) => ({suffix, number: undefined}))
  ]
}

interface Language {
  endings: Ending[]
  /** Stems the endings attach to, besides the word itself (spelling changes of the language). */
  stems(word: string): string[]
  /** Whether a word ending in this vowel takes only the endings listed here (Roma -> Romas, never "Roman"). */
  vowelEndings?: Ending[]
}

const vowel = /[aeiouyæøåäöüéèêáàíóú]/
const openVowelEnd = /[aiouyáàíóúæøåäö]$/

/** "strøm" -> "strømm" (short vowel + single consonant doubles before an ending that starts with a vowel). */
function doubled(word: string): string[] {
  const match = /([^aeiouyæøåäöüéè])$/.exec(word)
  // Only one-syllable words: the doubling follows a short stressed vowel.
  if (!match || word.length < 3 || (word.match(/[aeiouyæøåäöüéè]+/g) ?? []).length !== 1) return []
  const before = word.at(-2)!
  const beforeThat = word.at(-3)!
  if (vowel.test(before) && !vowel.test(beforeThat) && !/[wxj]/.test(match[1]!)) return [word + match[1]]
  return []
}

const languages: Record<string, Language> = {
  de: {
    endings: endings(['e', 'en', 'n', 'er', 'ern', 'innen'], ['in'], ['s', 'es', 'em']),
    // An adjective given in an inflected form ("illegaler") also yields the others ("illegale").
    stems: (word) => {
      const ending = /^(.{4,}?)(?:er|es|en|em|e)$/.exec(word)
      return ending ? [ending[1]!] : []
    },
    vowelEndings: endings([], [], ['s'])
  },
  da: {
    endings: endings(['e', 'er', 'ere', 'ene', 'erne', 'ne', 'ernes', 'enes'], ['en', 'et', 'ens', 'ets'], ['s', 'es']),
    stems: (word) => doubled(word),
    vowelEndings: endings(['er', 'erne', 'ernes'], ['en', 'et', 'ens', 'ets'], ['s'])
  },
  sv: {
    endings: endings(['ar', 'er', 'or', 'arna', 'erna', 'orna', 'na', 'arnas', 'ernas', 'ornas', 'nas'], ['en', 'et', 'n', 'ens', 'ets', 'ns'], ['s', 'a', 't', 'e']),
    // invandrare -> invandrar-na, flicka -> flick-or, ström -> strömm-ar.
    stems: (word) => [...(/[ea]$/.test(word) && word.length > 3 ? [word.slice(0, -1)] : []), ...doubled(word)],
    vowelEndings: endings(['er', 'erna', 'r', 'rna'], ['n', 'ns', 'ens'], ['s'])
  },
  nl: {
    endings: endings(['en', 's', "'s", 'n'], [], ['e']),
    stems(word) {
      const result: string[] = []
      // allochtoon -> allochton-en, illegaal -> illegal-e, golf -> golv-en, huis -> huiz-en, kat -> katt-en.
      const long = /^(.*)(aa|ee|oo|uu)([^aeiou])$/.exec(word)
      if (long) result.push(long[1]! + long[2]![0] + long[3]!)
      if (word.endsWith('f')) result.push(word.slice(0, -1) + 'v')
      if (word.endsWith('s') && !word.endsWith('ss')) result.push(word.slice(0, -1) + 'z')
      if (!long) result.push(...doubled(word))
      return result
    },
    vowelEndings: endings(["'s", 's'], [], [])
  },
  fr: {
    endings: endings(['s', 'es'], ['e']),
    stems(word) {
      // national -> nation-aux (added below), européen -> européenn-e, agressif -> agressiv-e, dangereux -> dangereus-e.
      const result: string[] = []
      if (/(?:en|on)$/.test(word)) result.push(word + 'n')
      if (word.endsWith('f')) result.push(word.slice(0, -1) + 'v')
      if (word.endsWith('eux')) result.push(word.slice(0, -1) + 's')
      if (word.endsWith('er')) result.push(word.slice(0, -2) + 'èr')
      return result
    }
  }
}

/** Whether generated inflection exists for a language. */
export function hasInflection(language: string): boolean {
  return language in languages
}

/** The inflected forms of one word (the word itself first). */
export function inflectWord(language: string, word: string): WordForm[] {
  const table = languages[language]
  if (!table || word.length < 2) return [{word, number: undefined}]
  const lower = word.toLowerCase()
  const forms = new Map<string, GrammaticalNumber | undefined>([[word, undefined]])
  const add = (form: string, number: GrammaticalNumber | undefined) => {
    if (forms.has(form)) {
      // A form reached with two numbers tells neither.
      if (forms.get(form) !== number) forms.set(form, undefined)
    } else forms.set(form, number)
  }
  const own = openVowelEnd.test(lower) && table.vowelEndings ? table.vowelEndings : table.endings
  const stems: Array<[string, Ending[]]> = [[word, own], ...table.stems(lower).map((stem): [string, Ending[]] => [keepCase(stem, word), table.endings])]
  for (const [stem, list] of stems) {
    for (const {suffix, number} of list) {
      // bølge + er -> bølger, invandrare + en -> invandraren: an ending's first e merges with a final e.
      // A bare -n follows a vowel, -el or -er (Geflüchtete-n, Ausländer-n), never a consonant cluster.
      if (suffix === 'n' && !/(?:[aeiouyäöü]|el|er)$/.test(stem.toLowerCase())) continue
      const joined = stem.endsWith('e') && suffix.startsWith('e') ? stem + suffix.slice(1) : stem + suffix
      add(joined, number)
    }
  }
  if (language === 'fr') {
    if (lower.endsWith('al')) add(word.slice(0, -2) + 'aux', 'many')
    if (/(?:eau|eu|au)$/.test(lower)) add(word + 'x', 'many')
    if (/[sxz]$/.test(lower)) forms.set(word, undefined)
  }
  return [...forms].map(([form, number]) => ({word: form, number}))
}

function keepCase(stem: string, like: string): string {
  return like[0] && like[0] !== like[0].toLowerCase() ? stem.charAt(0).toUpperCase() + stem.slice(1) : stem
}
