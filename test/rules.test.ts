/**
 * Every rule's embedded examples, run as tests: each `flag` example yields a finding of the
 * rule, each `pass` example yields none (quoted/attributed info findings do not count), and each
 * `fixes` entry is what applyFixes makes of its `from`.
 */
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {applyFixes} from '../src/index.js'
import type {Language} from '../src/types.js'
import {checkOnDisk, findings, messagesOf, root, ruleSetOnDisk} from './helpers.js'

// Every language folder of rules/: a new language's examples run as soon as its folder exists.
const languages = readdirSync(join(root, 'rules'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name as Language)
  .sort()

for (const language of languages) {
  const ruleSet = ruleSetOnDisk(language)
  describe(`${language} rules`, () => {
    for (const rule of ruleSet.rules) {
      describe(rule.id, () => {
        it('has at least one flag and one pass example', () => {
          expect(rule.examples.flag.length).toBeGreaterThan(0)
          expect(rule.examples.pass.length).toBeGreaterThan(0)
        })
        for (const example of rule.examples.flag) {
          it(`flags: ${example}`, () => {
            const ids = findings(checkOnDisk(example, {language})).map((message) => message.ruleId)
            expect(ids).toContain(rule.id)
          })
        }
        for (const example of rule.examples.pass) {
          it(`passes: ${example}`, () => {
            const ids = findings(checkOnDisk(example, {language})).map((message) => message.ruleId)
            expect(ids).not.toContain(rule.id)
          })
        }
        for (const fix of rule.examples.fixes ?? []) {
          it(`fixes: ${fix.from}`, () => {
            const file = checkOnDisk(fix.from, {language})
            const own = messagesOf(file).filter((message) => message.ruleId === rule.id)
            expect(applyFixes(fix.from, own)).toBe(fix.to)
          })
        }
      })
    }
  })
}
