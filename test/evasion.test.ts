/**
 * Evasion: the same finding, at the same place, for the tricks people use to slip a word past a
 * word list. Matching is normalised; positions stay those of the original text.
 */
import {describe, expect, it} from 'vitest'
import {checkSync} from '../src/index.js'
import type {Format} from '../src/types.js'
import type {StigmaMessage} from '../src/report/message.js'

const prefix = 'Police found '
const suffix = ' in the lorry.'

const variants: Array<[string, string]> = [
  ['as written', 'illegals'],
  ['zero-width space inside', 'ille\u200Bgals'],
  ['zero-width joiner inside', 'il\u200Dlegals'],
  ['soft hyphen inside', 'ille\u00ADgals'],
  ['word joiner and BOM inside', 'i\u2060lle\uFEFFgals'],
  ['letter-spaced', 'i l l e g a l s'],
  ['Cyrillic look-alikes', '\u0456ll\u0435g\u0430ls'],
  ['Greek look-alike', 'illegal\u03C2'.replace('\u03C2', 's').replace('i', '\u03B9')],
  ['full-width letters', '\uFF49\uFF4C\uFF4C\uFF45\uFF47\uFF41\uFF4C\uFF53'],
  ['mixed case', 'IlLeGaLs'],
  ['hyphenated line break', 'ille-\ngals'],
  ['hyphenated line break with CRLF and indent', 'ille-\r\n   gals'],
  ['decomposed accent (NFD)', 'ille\u0301gals'],
  ['composed accent', 'illégals']
]

function findings(value: string, format: Format): StigmaMessage[] {
  return (checkSync(value, {format}).messages as StigmaMessage[]).filter((message) => message.ruleId === 'illegals')
}

describe('evasion', () => {
  for (const [name, word] of variants) {
    it(`${name}: “${word}” is still found, at the same place`, () => {
      const value = prefix + word + suffix
      const [message] = findings(value, 'text')
      expect(message, name).toBeDefined()
      const place = message!.place as {start: {offset: number}; end: {offset: number}}
      expect(place.start.offset).toBe(prefix.length)
      expect(place.end.offset).toBe(prefix.length + word.length)
      expect(message!.actual).toBe(word)
    })
  }

  it('works the same in Markdown and HTML (a soft hyphen written as &shy;)', () => {
    const markdown = `# Report\n\n${prefix}*ille\u200Bgals*${suffix}\n`
    expect(findings(markdown, 'markdown').map((message) => message.actual)).toEqual(['ille\u200Bgals'])
    const html = `<p>${prefix}ille&shy;gals${suffix}</p>`
    expect(findings(html, 'html').map((message) => message.actual)).toEqual(['ille&shy;gals'])
  })

  it('finds a letter-spaced word at the start of a later paragraph', () => {
    const markdown = '# Report\n\ni l l e g a l s were found.\n'
    expect(findings(markdown, 'markdown').map((message) => message.actual)).toEqual(['i l l e g a l s'])
    expect(findings('First line.\n\ni l l e g a l s were found.', 'text').map((message) => message.actual)).toEqual(['i l l e g a l s'])
  })

  it('joins only into known words: compounds and initials stay apart', () => {
    // "asylum-\nseekers" must still read as two words, and "a b c" is not a word.
    const value = 'A flood of asylum-\nseekers. Call a b c now.'
    const ids = checkSync(value, {format: 'text'}).messages.map((message) => message.ruleId)
    expect(ids).toContain('water-metaphor')
  })
})
