/**
 * The pre-scan only skips work: on every document, the findings with it are exactly the
 * findings without it (where every block is parsed and matched).
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {checkWithRuleSet} from '../src/index.js'
import type {Format} from '../src/types.js'
import {makeDocument} from '../bench/corpus.js'
import {root, ruleSetOnDisk} from './helpers.js'

function findingsOf(value: string, format: Format, prescan: boolean, language = 'en') {
  const file = checkWithRuleSet(new VFile({value}), {format}, ruleSetOnDisk(language), {prescan})
  return file.messages.map((message) => `${message.ruleId}@${message.place && 'start' in message.place ? message.place.start.offset : ''}:${message.actual}:${message.fatal}`)
}

function expectSame(value: string, format: Format, language = 'en'): void {
  expect(findingsOf(value, format, true, language)).toEqual(findingsOf(value, format, false, language))
}

/** Languages with rules and a corpus. */
const languages = ['en', 'da', 'de', 'fr', 'nl', 'sv'].filter((language) => existsSync(join(root, 'rules', language)) && existsSync(join(root, 'fixtures/corpus', `${language}.tsv`)))

describe.each(languages)('pre-scan (%s)', (language) => {
  it('changes nothing on every rule example and corpus sentence, as one document per format', () => {
    const sentences = [
      ...ruleSetOnDisk(language).rules.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]),
      ...readFileSync(join(root, 'fixtures/corpus', `${language}.tsv`), 'utf8').split('\n').slice(1).map((line) => line.split('\t')[2] ?? '')
    ].filter(Boolean)
    const paragraphs: string[] = []
    for (let index = 0; index < sentences.length; index += 4) paragraphs.push(sentences.slice(index, index + 4).join(' '))
    expectSame(paragraphs.join('\n\n'), 'text', language)
    expectSame(paragraphs.map((paragraph, index) => (index % 5 === 0 ? `## ${paragraph}` : index % 5 === 1 ? `- *${paragraph}*` : paragraph)).join('\n\n'), 'markdown', language)
    expectSame(paragraphs.map((paragraph) => `<p>${paragraph.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`).join('\n'), 'html', language)
  })
})

describe('pre-scan', () => {
  it('changes nothing on the fixtures', () => {
    for (const name of readdirSync(join(root, 'fixtures/en'))) {
      const match = /\.(md|html|txt)$/.exec(name)
      if (!match) continue
      const format: Format = match[1] === 'md' ? 'markdown' : match[1] === 'html' ? 'html' : 'text'
      expectSame(readFileSync(join(root, 'fixtures/en', name), 'utf8'), format)
    }
  })

  it('changes nothing on a generated 100 KB Markdown document', () => {
    expectSame(makeDocument(100_000, 3), 'markdown')
  })
})
