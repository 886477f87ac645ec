import type {RuleSet} from '../src/types.js'

/**
 * The rule set multiplied tenfold by synthetic rules: each rule gets nine variants with new words
 * (a suffix per copy), keeping only the first lexicon reference of each pattern ({group} ...), so
 * the variants are tried wherever the originals are but speak of things the documents never say.
 */
export function tenfold(ruleSet: RuleSet): RuleSet {
  const mutateWord = (word: string, copy: number) => (/^[\p{L}']+$/u.test(word) ? `${word}q${copy}` : word)
  const mutatePhrase = (phrase: string, copy: number) => phrase.split(' ').map((word) => mutateWord(word, copy)).join(' ')
  const lexicons = {...ruleSet.lexicons}
  // Patterns made only of lexicon references get synthetic copies of those lexicons, with new words.
  const mutateLexicon = (name: string, copy: number): string => {
    const synthetic = `${name}-q${copy}`
    lexicons[synthetic] ??= {
      ...ruleSet.lexicons[name]!,
      words: ruleSet.lexicons[name]!.words.map((word) =>
        typeof word === 'string' ? (word.startsWith('{') ? word : mutatePhrase(word, copy)) : {one: mutatePhrase(word.one, copy), many: mutatePhrase(word.many, copy)}
      )
    }
    return synthetic
  }
  // A variant keeps its first lexicon reference (usually the population group, so variants are
  // tried wherever the original is) and gets new words everywhere else.
  const mutatePattern = (pattern: string, copy: number) => {
    let keptOne = false
    return pattern.replace(/\{([^}]*)\}|\.\.\d+|[\p{L}']+/gu, (part, lexicon: string | undefined) => {
      if (lexicon !== undefined) {
        if (!keptOne || !ruleSet.lexicons[lexicon]) {
          keptOne = true
          return part
        }
        return `{${mutateLexicon(lexicon, copy)}}`
      }
      return part.startsWith('..') ? part : mutateWord(part, copy)
    })
  }
  const rules = ruleSet.rules.flatMap((rule) => [
    rule,
    ...Array.from({length: 9}, (_, copy) => ({
      ...rule,
      id: `${rule.id}-synthetic-${copy}`,
      terms: rule.terms?.map((term) => (typeof term === 'string' ? mutatePhrase(term, copy) : {one: mutatePhrase(term.one, copy), many: mutatePhrase(term.many, copy)})),
      patterns: rule.patterns?.map((pattern) => mutatePattern(pattern, copy))
    }))
  ])
  return {...ruleSet, lexicons, rules}
}

