/**
 * Evasion: the same finding, at the same place, for the tricks people use to slip a word past a
 * word list. Matching is normalised; positions stay those of the original text.
 */
import {describe, expect, it} from 'vitest'
import {checkSync} from '../src/index.js'
import type {Format, Language} from '../src/types.js'
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

// The same tricks in every language, on a word of its own rules (with a diacritic or a
// compound where the language has one).
const sentences: Array<[Language, string, string]> = [
  ['en', 'Police found illegals near the station.', 'illegals'],
  ['da', 'Beboerne klagede over, at sigøjnere havde slået lejr på banen.', 'sigøjnere'],
  ['de', 'Die Polizei hat gestern mehrere Asylanten kontrolliert.', 'Asylanten'],
  ['fr', 'La police a contrôlé plusieurs clandestins hier soir.', 'clandestins'],
  ['nl', 'De politie heeft gisteren enkele allochtonen gecontroleerd.', 'allochtonen'],
  ['sv', 'Polisen kontrollerade flera invandrargäng i går kväll.', 'invandrargäng']
]
const cyrillic: Record<string, string> = {a: '\u0430', e: '\u0435', o: '\u043E', c: '\u0441', p: '\u0440'}
const tricks: Array<[string, (word: string) => string]> = [
  ['zero-width space', (word) => word.slice(0, 3) + '\u200B' + word.slice(3)],
  ['soft hyphen', (word) => word.slice(0, 4) + '\u00AD' + word.slice(4)],
  ['letter-spaced', (word) => [...word].join(' ')],
  ['Cyrillic look-alikes', (word) => word.replace(/[aeocp]/g, (char) => cyrillic[char]!)],
  ['full-width letters', (word) => [...word].map((char) => (/[A-Za-z]/.test(char) ? String.fromCharCode(char.charCodeAt(0) + 0xfee0) : char)).join('')],
  ['mixed case', (word) => [...word].map((char, index) => (index % 2 ? char.toUpperCase() : char.toLowerCase())).join('')],
  ['hyphenated line break', (word) => word.slice(0, 4) + '-\n' + word.slice(4)],
  ['decomposed (NFD)', (word) => word.normalize('NFD')],
  ['diacritics dropped', (word) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o')]
]

describe('evasion in every language', () => {
  for (const [language, sentence, word] of sentences) {
    const start = sentence.indexOf(word)
    const [expected] = checkSync(sentence, {language, format: 'text'}).messages
    it(`${language}: “${word}” is flagged as written`, () => expect(expected?.actual).toBe(word))
    for (const [name, hide] of tricks) {
      const hidden = hide(word)
      it(`${language}, ${name}: “${hidden}” is still found by the same rule, at the same place`, () => {
        const value = sentence.replace(word, hidden)
        const found = checkSync(value, {language, format: 'text'}).messages.find((message) => (message.place as {start: {offset: number}}).start.offset === start)
        expect(found?.ruleId).toBe(expected!.ruleId)
        expect(found?.actual).toBe(hidden)
      })
    }
  }

  it('letters before and after a spaced word stay apart ("a i l l e g a l s", "… g ä n g i går")', () => {
    const [english] = checkSync('They saw a i l l e g a l s there.', {language: 'en', format: 'text'}).messages
    expect(english?.actual).toBe('i l l e g a l s')
    const [swedish] = checkSync('Polisen kontrollerade flera i n v a n d r a r g ä n g i går kväll.', {language: 'sv', format: 'text'}).messages
    expect(swedish?.actual).toBe('i n v a n d r a r g ä n g')
  })

  it('reads a megabyte of spaced single letters once (each run is scanned a bounded number of times)', () => {
    expect(checkSync('a b '.repeat(250_000) + 'i l l e g a l s.', {language: 'en', format: 'text'}).messages.map((message) => message.ruleId)).toEqual(['illegals'])
  })
})
