/**
 * The labelled sentence corpus (fixtures/corpus/<lang>.tsv): precision and recall of the
 * shipped rules on sentences written independently of them. A sentence counts as flagged when
 * it gets any finding that is the author's own usage (quoted or attributed info does not count).
 */
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

import {scoreCorpus} from './corpus-score.js'

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
  // The other languages' second sets were written after their rules were tuned on the first,
  // by people who saw neither: they measure how the tuned rules generalise.
  const holdouts = [
    ['en-holdout', 'en'],
    ['en-holdout-2', 'en'],
    ...languages.filter((language) => language !== 'en' && existsSync(join(root, 'fixtures/corpus', `${language}-holdout.tsv`))).map((language) => [`${language}-holdout`, language])
  ]
  for (const [name, language] of holdouts as Array<[string, string]>) {
    it(`${name}: precision >= 0.95 (recall reported)`, () => {
      const score = scoreCorpus(name, language)
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
