/**
 * `npm run bench`: time (median of warm runs) and peak memory (one run, in its own process) per
 * document size for parsing alone, the full check, the check with a tenfold rule set, and alex;
 * then the warm re-check time of a 5 KB draft. Figures are printed, never asserted: timings on
 * shared machines are noisy.
 */
import {execFileSync} from 'node:child_process'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {existsSync} from 'node:fs'
import {checkSync, shippedLanguages} from '../src/index.js'
import {makeDocument} from './corpus.js'

// `--languages` measures only the other languages' rows.
const sizes = process.argv.includes('--languages') ? [] : [5_000, 100_000, 1_000_000]
const modes = process.argv.includes('--no-alex') ? ['parse', 'check', 'check10x'] : ['parse', 'check', 'check10x', 'alex']
const here = import.meta.dirname

interface Row {
  mode: string
  bytes: number
  words: number
  milliseconds: number
  result: number
  maxRssKiB: number
}

function run(mode: string, size: number, purpose: 'time' | 'memory', language = 'en'): Row {
  const output = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'run-one.ts'), mode, String(size), purpose, language], {encoding: 'utf8', maxBuffer: 1 << 20})
  return JSON.parse(output.trim().split('\n').at(-1)!) as Row
}

/** Time: median of warm runs in one process. Peak memory: a single run in another. */
function measure(mode: string, size: number): Row {
  const timed = run(mode, size, 'time')
  return {...timed, maxRssKiB: run(mode, size, 'memory').maxRssKiB}
}

const results = new Map<string, Row>()
// Peak memory includes the process itself (Node, the tsx loader, the modules): measure that first.
const baseline = modes.map((mode) => `${mode} ${(run(mode, 1, 'memory').maxRssKiB / 1024).toFixed(0)} MiB`).join(', ')
console.log(`baseline peak memory on an empty document: ${baseline}\n`)
console.log('size      mode      ms        words/s     peak MiB  findings')
for (const size of sizes) {
  for (const mode of modes) {
    const row = measure(mode, size)
    results.set(`${mode}:${size}`, row)
    console.log(
      `${String(size / 1000).padStart(5)} KB  ${mode.padEnd(8)}  ${row.milliseconds.toFixed(1).padStart(8)}  ${Math.round(row.words / (row.milliseconds / 1000))
        .toString()
        .padStart(10)}  ${(row.maxRssKiB / 1024).toFixed(0).padStart(8)}  ${row.result}`
    )
  }
}

const ms = (mode: string, size: number) => results.get(`${mode}:${size}`)?.milliseconds ?? Number.NaN
console.log('\nratios')
for (const size of sizes) {
  const parts = [`${size / 1000} KB: check/parse ${(ms('check', size) / ms('parse', size)).toFixed(2)}`, `check10x/check ${(ms('check10x', size) / ms('check', size)).toFixed(2)}`]
  if (modes.includes('alex')) parts.push(`alex/check ${(ms('alex', size) / ms('check', size)).toFixed(1)}x`)
  console.log('  ' + parts.join(', '))
}
console.log(`  check 1 MB / 100 KB: ${(ms('check', 1_000_000) / ms('check', 100_000)).toFixed(2)} (10x the size)`)

// Warm re-check of a 5 KB draft, as an editor does on every keystroke.
const draft = makeDocument(5_000, 7)
for (let index = 0; index < 50; index++) checkSync(new VFile({path: 'draft.md', value: draft}))
const times: number[] = []
for (let index = 0; index < 200; index++) {
  const start = performance.now()
  checkSync(new VFile({path: 'draft.md', value: draft}))
  times.push(performance.now() - start)
}
times.sort((a, b) => a - b)
console.log(`\nwarm re-check of a 5 KB draft: median ${times[100]!.toFixed(2)} ms, p95 ${times[190]!.toFixed(2)} ms`)

// Every other shipped language with a corpus: parsing alone against the full check (with
// detection), on documents made of that language's corpus sentences.
const others = shippedLanguages.filter((language) => language !== 'en' && existsSync(join(here, '..', 'fixtures/corpus', `${language}.tsv`)))
if (others.length > 0 && !process.argv.includes('--en-only')) {
  console.log('\nother languages (Markdown from each corpus; check uses language detection)')
  console.log('lang  size      parse ms  check ms  check/parse  check peak MiB  findings')
  for (const language of others) {
    const checks: number[] = []
    for (const size of [100_000, 1_000_000]) {
      const parse = run('parse', size, 'time', language)
      const check = run('check', size, 'time', language)
      const memory = size === 1_000_000 ? `${(run('check', size, 'memory', language).maxRssKiB / 1024).toFixed(0)}` : '-'
      checks.push(check.milliseconds)
      console.log(
        `${language.padEnd(4)}  ${String(size / 1000).padStart(5)} KB  ${parse.milliseconds.toFixed(1).padStart(8)}  ${check.milliseconds.toFixed(1).padStart(8)}  ${(check.milliseconds / parse.milliseconds).toFixed(2).padStart(11)}  ${memory.padStart(14)}  ${check.result}`
      )
    }
    console.log(`${language.padEnd(4)}  check 1 MB / 100 KB: ${(checks[1]! / checks[0]!).toFixed(2)}`)
  }
}
