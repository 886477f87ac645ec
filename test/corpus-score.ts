/**
 * Scoring of the labelled sentence corpora (fixtures/corpus/<name>.tsv), shared by the corpus
 * test and the scripts that print the figures. A sentence counts as flagged when it gets any
 * finding of the author's own usage (quoted or attributed info does not count).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Language} from '../src/types.js'
import {checkOnDisk, findings, root} from './helpers.js'

interface Row {
  expect: 'flag' | 'pass'
  category: string
  text: string
  line: number
}

function readCorpus(name: string): Row[] {
  const language = name
  const lines = readFileSync(join(root, 'fixtures/corpus', `${name}.tsv`), 'utf8').split('\n')
  const header = lines[0]!.split('\t')
  if (header.join('\t') !== 'expect\tcategory\ttext') throw new Error(`${name}.tsv:1: expected the header "expect<TAB>category<TAB>text"`)
  return lines.slice(1).flatMap((line, index) => {
    if (line.trim() === '') return []
    const [kind, category, text] = line.split('\t')
    if ((kind !== 'flag' && kind !== 'pass') || !category || !text) throw new Error(`${language}.tsv:${index + 2}: expected "flag|pass<TAB>category<TAB>text"`)
    return [{expect: kind, category, text, line: index + 2}]
  })
}

/** Score a corpus; exported for the bench and the closing note. */
export function scoreCorpus(name: string, language = name) {
  const rows = readCorpus(name)
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  const misses: string[] = []
  const perCategory = new Map<string, {total: number; hit: number}>()
  for (const row of rows) {
    const found = findings(checkOnDisk(row.text, {language: language as Language}))
    const flagged = found.length > 0
    const stats = perCategory.get(`${row.expect}:${row.category}`) ?? {total: 0, hit: 0}
    stats.total++
    if (flagged === (row.expect === 'flag')) stats.hit++
    perCategory.set(`${row.expect}:${row.category}`, stats)
    if (row.expect === 'flag' && flagged) truePositives++
    else if (row.expect === 'flag') {
      falseNegatives++
      misses.push(`  missed  ${name}.tsv:${row.line} [${row.category}] ${row.text}`)
    } else if (flagged) {
      falsePositives++
      misses.push(`  false+  ${name}.tsv:${row.line} [${row.category}] ${row.text} -> ${found.map((message) => `${message.ruleId} “${message.actual}”`).join(', ')}`)
    }
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives)
  const recall = truePositives / Math.max(1, truePositives + falseNegatives)
  return {rows: rows.length, flags: rows.filter((row) => row.expect === 'flag').length, truePositives, falsePositives, falseNegatives, precision, recall, misses, perCategory}
}

