/**
 * Fixture documents (fixtures/<lang>/*.{md,html,txt}) against golden messages in a sibling
 * `<name>.golden.json`. Positions are checked against the original source. Regenerate the
 * goldens after reviewing a change with `UPDATE_GOLDEN=1 npx vitest run test/fixtures.test.ts`.
 */
import {readFileSync, readdirSync, writeFileSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {checkSync, checkWithRuleSet, applyFixes, shippedLanguages} from '../src/index.js'
import type {Language} from '../src/types.js'
import {root, ruleSetOnDisk, messagesOf} from './helpers.js'

const update = process.env['UPDATE_GOLDEN'] === '1'

const languages = (['en', 'da', 'de', 'fr', 'nl', 'sv'] as Language[]).filter((language) => existsSync(join(root, 'fixtures', language)) && existsSync(join(root, 'rules', language)))

for (const language of languages) {
  const directory = join(root, 'fixtures', language)
  // PLANTED.md lists what the rule writers planted in the fixtures: notes, not a fixture.
  const documents = readdirSync(directory).filter((name) => /\.(md|html|txt)$/.test(name) && name !== 'PLANTED.md')
  describe(`fixtures/${language}`, () => {
    it('has a document per format', () => {
      expect(documents.some((name) => name.endsWith('.md'))).toBe(true)
      expect(documents.some((name) => name.endsWith('.html'))).toBe(true)
      if (language === 'en') expect(documents.some((name) => name.endsWith('.txt'))).toBe(true)
    })
    it.runIf(shippedLanguages.includes(language))('is detected as its language', () => {
      for (const name of documents) {
        const path = join(directory, name)
        expect(checkSync(new VFile({path, value: readFileSync(path, 'utf8')})).data.language, name).toBe(language)
      }
    })
    for (const name of documents) {
      it(name, () => {
        const path = join(directory, name)
        const source = readFileSync(path, 'utf8')
        const file = checkWithRuleSet(new VFile({path, value: source}), {language}, ruleSetOnDisk(language))
        const messages = messagesOf(file)
        for (const message of messages) {
          const place = message.place as {start: {offset: number}; end: {offset: number}}
          expect(source.slice(place.start.offset, place.end.offset)).toBe(message.actual)
        }
        const actual = messages.map((message) => ({
          ruleId: message.ruleId,
          line: message.line,
          column: message.column,
          endLine: (message.place as {end: {line: number}}).end.line,
          endColumn: (message.place as {end: {column: number}}).end.column,
          actual: message.actual,
          expected: message.expected,
          severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
          ...(message.context ? {context: message.context} : {})
        }))
        const goldenPath = path.replace(/\.(md|html|txt)$/, '.$1.golden.json')
        if (update) writeFileSync(goldenPath, JSON.stringify(actual, null, 2) + '\n')
        expect(existsSync(goldenPath), `${goldenPath} is missing: review the output and run with UPDATE_GOLDEN=1`).toBe(true)
        expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')))
        // Fixing changes only flagged ranges and removes the fixed findings.
        const fixable = messages.filter((message) => message.fixable)
        const fixed = applyFixes(source, fixable)
        const again = messagesOf(checkWithRuleSet(new VFile({path, value: fixed}), {language}, ruleSetOnDisk(language)))
        for (const message of fixable) {
          expect(again.some((other) => other.ruleId === message.ruleId && other.actual === message.actual)).toBe(false)
        }
        // One pass applies every safe fix: a second pass has nothing left to do.
        expect(again.filter((message) => message.fixable)).toEqual([])
      })
    }
  })
}
