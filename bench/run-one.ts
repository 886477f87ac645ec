/**
 * One benchmark measurement in a fresh process (so peak memory is its own):
 * `node --import tsx bench/run-one.ts <parse|check|check10x|alex> <bytes>` prints JSON.
 */
import {VFile} from 'vfile'
import {ParseEnglish} from 'parse-english'
import {checkSync, checkWithRuleSet} from '../src/index.js'
import {en} from '../src/generated/en.js'
import type {RuleSet} from '../src/types.js'
import {NlcstCollector} from '../src/adapters/to-nlcst.js'
import {markdownToBlocks} from '../src/adapters/markdown.js'
import type {Prescanner} from '../src/match/prescan.js'
import {countWords, makeDocument} from './corpus.js'

const [mode, sizeArgument] = process.argv.slice(2)
const size = Number(sizeArgument)
const document = makeDocument(size)

/**
 * The rule set multiplied tenfold by synthetic rules: each rule gets nine variants whose literal
 * words are new (a suffix per copy) while their lexicon references ({group} ...) stay shared, so
 * the variants index under the same group words but speak of things the documents never say.
 */
function tenfold(ruleSet: RuleSet): RuleSet {
  const mutateWord = (word: string, copy: number) => (/^[\p{L}']+$/u.test(word) ? `${word}q${copy}` : word)
  const mutatePhrase = (phrase: string, copy: number) => phrase.split(' ').map((word) => mutateWord(word, copy)).join(' ')
  const mutatePattern = (pattern: string, copy: number) =>
    pattern.replace(/\{[^}]*\}|\.\.\d+|[\p{L}']+/gu, (part) => (part.startsWith('{') || part.startsWith('..') ? part : mutateWord(part, copy)))
  const rules = ruleSet.rules.flatMap((rule) => [
    rule,
    ...Array.from({length: 9}, (_, copy) => ({
      ...rule,
      id: `${rule.id}-synthetic-${copy}`,
      terms: rule.terms?.map((term) => (typeof term === 'string' ? mutatePhrase(term, copy) : {one: mutatePhrase(term.one, copy), many: mutatePhrase(term.many, copy)})),
      patterns: rule.patterns?.map((pattern) => mutatePattern(pattern, copy))
    }))
  ])
  return {...ruleSet, rules}
}

// A pre-scan that lets every block through: parsing alone, the same Markdown -> nlcst pipeline.
const everything = {mayMatch: () => true} as unknown as Prescanner

const run: Record<string, () => unknown> = {
  parse: () => {
    const collector = new NlcstCollector(document, new ParseEnglish(), everything)
    markdownToBlocks(document, collector, everything)
    return collector.root.children.length
  },
  check: () => checkSync(new VFile({path: 'doc.md', value: document})).messages.length,
  check10x: () => checkWithRuleSet(new VFile({path: 'doc.md', value: document}), {}, big).messages.length,
  alex: () => alexMarkdown!(document).messages.length
}
// alex is loaded only when measured, so it does not weigh on the other modes' memory.
const alexMarkdown = mode === 'alex' ? ((await import('alex')) as unknown as {markdown: (value: string) => {messages: unknown[]}}).markdown : undefined
const big = tenfold(en)

if (!run[mode!]) {
  console.error('usage: run-one.ts <parse|check|check10x|alex> <bytes>')
  process.exit(2)
}
// Warm up on a tiny document so rule compilation and module loading are not timed.
if (mode === 'alex') alexMarkdown!('Warm up.')
else if (mode === 'check10x') checkWithRuleSet('Warm up.', {}, big)
else checkSync('Warm up.')

const start = performance.now()
const result = run[mode!]!()
const milliseconds = performance.now() - start
console.log(JSON.stringify({mode, bytes: document.length, words: countWords(document), milliseconds, result, maxRssKiB: process.resourceUsage().maxRSS}))
