/**
 * One benchmark measurement in a fresh process (so peak memory is its own):
 * `tsx bench/run-one.ts <parse|check|check10x|alex> <bytes> [time|memory]` prints JSON.
 */
import {VFile} from 'vfile'
import {checkSync, checkWithRuleSet} from '../src/index.js'
import {en} from '../src/generated/en.js'
import {NlcstCollector} from '../src/adapters/to-nlcst.js'
import {markdownToBlocks} from '../src/adapters/markdown.js'
import {LanguagePicker} from '../src/adapters/languages.js'
import {RuleSets} from '../src/plugin.js'
import {countWords, makeDocument} from './corpus.js'
import {tenfold} from './tenfold.js'

const [mode, sizeArgument, purpose = 'time', language = 'en'] = process.argv.slice(2)
const size = Number(sizeArgument)
const document = makeDocument(size, 42, language)

// Parsing alone: the same Markdown -> nlcst pipeline with a pre-scan that lets every block through.
function parseOnly(value: string): number {
  const picker = new LanguagePicker(value, {fixed: language, fallback: language, rules: new RuleSets({}), prescan: false})
  const collector = new NlcstCollector(value, picker)
  markdownToBlocks(value, collector)
  return collector.root.children.length
}

const run: Record<string, () => unknown> = {
  parse: () => parseOnly(document),
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
// Warm up on another document of the same size (rule compilation, module loading and JIT are
// not what is measured), then take the median of a few runs on the measured document.
// For peak memory, one run after a tiny warm-up, so that nothing else is held.
const warmUp = purpose === 'memory' ? 'Warm up.' : makeDocument(size, 99, language)
const runs = purpose === 'memory' ? 1 : size >= 1_000_000 ? 3 : size >= 100_000 ? 5 : 21
let result: unknown
const times: number[] = []
if (mode === 'alex') alexMarkdown!(warmUp)
else if (mode === 'check10x') checkWithRuleSet(new VFile({path: 'warm.md', value: warmUp}), {}, big)
else if (mode === 'parse') {
  parseOnly(warmUp)
} else checkSync(new VFile({path: 'warm.md', value: warmUp}))
for (let index = 0; index < (mode === 'alex' && size >= 1_000_000 ? 1 : runs); index++) {
  const start = performance.now()
  result = run[mode!]!()
  times.push(performance.now() - start)
}
times.sort((a, b) => a - b)
const milliseconds = times[Math.floor(times.length / 2)]!
console.log(JSON.stringify({mode, bytes: document.length, words: countWords(document), milliseconds, runs: times.length, result, maxRssKiB: process.resourceUsage().maxRSS}))
