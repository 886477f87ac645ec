/**
 * The labelled sentence corpus (fixtures/corpus/<lang>.tsv): precision and recall of the
 * shipped rules on sentences written independently of them. A sentence counts as flagged when
 * it gets any finding that is the author's own usage (quoted or attributed info does not count).
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
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
  expect(header).toEqual(['expect', 'category', 'text'])
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

/** Languages with both a rule folder and a corpus. */
const languages = ['en', 'da', 'de', 'fr', 'nl', 'sv'].filter((language) => existsSync(join(root, 'rules', language)) && existsSync(join(root, 'fixtures/corpus', `${language}.tsv`)))

describe('corpus', () => {
  for (const language of languages) {
    it(`${language}: precision >= 0.95 and recall >= 0.90`, () => {
      const score = scoreCorpus(language)
      const lines = [
        `${language} corpus: ${score.rows} sentences (${score.flags} flag), precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (TP ${score.truePositives}, FP ${score.falsePositives}, FN ${score.falseNegatives})`,
        ...[...score.perCategory].map(([key, stats]) => `  ${key}: ${stats.hit}/${stats.total}`),
        ...score.misses
      ]
      console.log(lines.join('\n'))
      expect(score.rows).toBeGreaterThanOrEqual(language === 'en' ? 200 : 120)
      expect(score.precision).toBeGreaterThanOrEqual(0.95)
      expect(score.recall).toBeGreaterThanOrEqual(0.9)
    })
  }

  // Sets written by people who saw neither the rules nor the first corpus. en-holdout scored
  // recall 0.588 when first run; rules were then generalised with its misses in view, so it is no
  // longer held out. en-holdout-2 has not been tuned on: its recall is the honest figure for how
  // far the rules generalise to new wording.
  for (const name of ['en-holdout', 'en-holdout-2']) {
    it(`${name}: precision >= 0.95 (recall reported)`, () => {
      const score = scoreCorpus(name, 'en')
      console.log(
        [
          `${name} corpus: ${score.rows} sentences (${score.flags} flag), precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (TP ${score.truePositives}, FP ${score.falsePositives}, FN ${score.falseNegatives})`,
          ...score.misses.filter((line) => line.includes('false+'))
        ].join('\n')
      )
      expect(score.precision).toBeGreaterThanOrEqual(0.95)
    })
  }
})
