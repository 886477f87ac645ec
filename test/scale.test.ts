/**
 * Adversarial shapes, small enough for `npm test` (the full sizes are in `npm run stress`):
 * deep nesting and huge paragraphs never throw, and findings keep exact places.
 */
import {describe, expect, it} from 'vitest'
import {checkSync, defaultMaxFindings, limitRuleId} from '../src/index.js'
import {textBetweenTags} from '../src/adapters/html.js'
import type {NlcstCollector} from '../src/adapters/to-nlcst.js'
import type {Format} from '../src/types.js'
import type {StigmaMessage} from '../src/report/message.js'

function exact(value: string, format: Format, language: 'en' | 'auto' = 'auto'): StigmaMessage[] {
  const messages = checkSync(value, {format, language}).messages as StigmaMessage[]
  for (const message of messages) {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(value.slice(place.start.offset, place.end.offset)).toBe(message.actual)
  }
  return messages
}

describe('adversarial shapes', () => {
  it('a 100,000-character run without spaces is left out, and the words around it are still read', () => {
    const value = 'Police found illegals near the *station*. ' + 'x'.repeat(100_000) + ' Gypsies camped on the green.\n'
    expect(exact(value, 'markdown').map((message) => message.actual)).toEqual(['illegals', 'Gypsies'])
  })

  it('a 3,000-deep block quote is read as text', () => {
    expect(exact('> '.repeat(3000) + 'A tide of refugees.\n', 'markdown').map((message) => message.ruleId)).toEqual(['water-metaphor'])
  })

  it('a 1,000-deep nested list is read line by line', () => {
    const value = Array.from({length: 1000}, (_, depth) => `${'  '.repeat(depth)}- item ${depth === 999 ? 'illegals' : 'text'}`).join('\n')
    expect(exact(value, 'markdown').map((message) => message.actual)).toEqual(['illegals'])
  })

  it('5,000 nested HTML elements fall back to the text between tags', () => {
    const value = '<div>'.repeat(5000) + 'Police found illegals.' + '</div>'.repeat(5000)
    expect(exact(value, 'html').map((message) => message.actual)).toEqual(['illegals'])
  })

  it('a paragraph of 50,000 lines is cut into pieces and still found', () => {
    const value = Array.from({length: 50_000}, (_, line) => (line === 31_234 ? 'Gypsies camped on the green' : 'bins out on Monday')).join('\n')
    const messages = exact(value, 'text')
    expect(messages.map((message) => [message.actual, message.line])).toEqual([['Gypsies', 31_235]])
  })

  it('a table too long to parse at once is cut, and every row is still read', () => {
    // Rows of about 40 characters: 2,000 rows is ten times the longest piece parsed at once.
    const rows = Array.from({length: 2000}, (_, row) => (row % 250 === 7 ? '| illegals | refugees are criminals |' : '| bins | out on Monday |'))
    const value = '| what | note |\n| --- | --- |\n' + rows.join('\n') + '\n'
    // The filler repeats a few words too often for language detection: say the language.
    const messages = exact(value, 'markdown', 'en')
    // Each planted row gives the same two findings as it does in a table of its own.
    const alone = exact('| what | note |\n| --- | --- |\n| illegals | refugees are criminals |\n', 'markdown', 'en').map((message) => [message.ruleId, message.actual])
    expect(alone.length).toBe(2)
    expect(messages.map((message) => [message.ruleId, message.actual])).toEqual(Array.from({length: 8}, () => alone).flat())
    expect(messages.map((message) => message.line)).toEqual([10, 10, 260, 260, 510, 510, 760, 760, 1010, 1010, 1260, 1260, 1510, 1510, 1760, 1760])
    // A cell never runs into the next one: no finding spans a pipe.
    for (const message of messages) expect(message.actual).not.toContain('|')
  })

  it('a deep nested list cut into pieces loses no line to being read as code', () => {
    const value = Array.from({length: 200}, (_, depth) => `${'  '.repeat(depth)}- a tide of refugees`).join('\n')
    expect(exact(value, 'markdown', 'en').length).toBe(200)
  })

  it('a list too long to parse at once is cut between items, not inside one', () => {
    const items = Array.from({length: 3000}, (_, item) => (item % 500 === 3 ? '- A tide of\n  refugees arrived.' : '- Bins go out on Monday.'))
    const messages = exact(items.join('\n') + '\n', 'markdown')
    expect(messages.map((message) => message.ruleId)).toEqual(Array.from({length: 6}, () => 'water-metaphor'))
  })

  it('a paragraph written as one long line is cut between sentences, and loses no finding', () => {
    const neutral = ['The library on Market Street opens late on Thursdays.', 'Asylum seekers can get free legal advice at the centre.', 'The new cycle lane connects the station with the hospital.']
    const planted = ['Police found three illegal immigrants in a lorry.', 'A tide of asylum seekers is heading our way, the leaflet claimed.']
    const sentences = Array.from({length: 1500}, (_, index) => (index % 2 === 0 ? planted[(index / 2) % 2]! : neutral[index % 3]!))
    const oneLine = sentences.join(' ')
    // The same text with a line break after each sentence: the same offsets, read line by line.
    const lines = sentences.join('\n')
    const found = (value: string) => checkSync(value, {format: 'markdown', language: 'en'}).messages.map((message) => `${(message.place as {start: {offset: number}}).start.offset} ${message.actual}`)
    const expected = found(lines)
    expect(expected.length).toBe(sentences.filter((sentence) => planted.includes(sentence)).length)
    expect(found(oneLine)).toEqual(expected)
  })

  // Each of these once ran a regular expression from every position of the text to its end.
  it('markup that never closes is read once, not once per tag or pipe', () => {
    expect(checkSync('<a b'.repeat(250_000) + '<p>Police found illegals.</p>', {format: 'html', language: 'en'}).messages.length).toBe(1)
    expect(checkSync(('x' + '|'.repeat(3999) + '\n\n').repeat(250) + 'Police found illegals.\n', {format: 'markdown', language: 'en'}).messages.length).toBe(1)
  })

  it('an enormous allow-list entry is read in one pass, in every language', () => {
    for (const language of ['en', 'da', 'de', 'fr', 'nl', 'sv'] as const) {
      const file = checkSync('Police found illegals.', {language, format: 'text', allow: ['a'.repeat(100_000) + '!', 'x '.repeat(20_000)]})
      expect(file.messages.length, language).toBe(language === 'en' ? 1 : 0)
    }
  })

  it('the HTML fallback reads the text between tags, without comments, scripts and styles, in one pass', () => {
    const read = (value: string) => {
      const ranges: string[] = []
      textBetweenTags(value, {addRange: (from: number, to: number) => ranges.push(value.slice(from, to))} as unknown as NlcstCollector)
      return ranges
    }
    expect(read('<p>One <b>two</b></p><!-- <p>no</p> --><script>var x = "<p>no</p>"</script><STYLE>p {}</Style>a < b<br>end')).toEqual(['One ', 'two', 'a < b', 'end'])
    expect(read('text <!-- never closed <p>no')).toEqual(['text '])
    expect(read('<script>never closed')).toEqual([])
    // Unclosed tags and comments, repeated: each is read once.
    expect(read('<a b'.repeat(100_000)).join('')).toBe('<a b'.repeat(100_000))
    expect(read('x<script>'.repeat(50_000))).toEqual(['x'])
  })

  it('lines indented about as far as the longest piece is long are cut in their indentation, not in their words', () => {
    const value = Array.from({length: 30}, (_, line) => `${' '.repeat(7960 + line * 3)}- a tide of refugees`).join('\n')
    expect(exact(value, 'markdown', 'en').length).toBe(30)
  })

  describe('maxFindings', () => {
    const value = 'Illegals were seen.\n\n'.repeat(40)

    it('stops at the limit with one error at the first finding not reported', () => {
      const messages = exact(value, 'markdown')
      expect(messages.length).toBe(40)
      const stopped = checkSync(value, {format: 'markdown', maxFindings: 10}).messages as StigmaMessage[]
      expect(stopped.length).toBe(11)
      expect(stopped.slice(0, 10)).toEqual(messages.slice(0, 10).map((message) => expect.objectContaining({ruleId: message.ruleId, line: message.line})))
      const last = stopped.at(-1)!
      expect([last.ruleId, last.fatal, last.category, last.line, last.column, last.expected]).toEqual([limitRuleId, true, 'limit', messages[10]!.line, 1, []])
      expect(last.reason).toMatch(/^Stopped after 10 findings/)
    })

    it('says so in the language of the rules that stopped', () => {
      const stopped = checkSync('Illegale Einwanderer wurden gesehen.\n\n'.repeat(5), {language: 'de', maxFindings: 2}).messages
      expect(stopped.at(-1)!.reason).toMatch(/^Nach 2 Funden abgebrochen/)
    })

    it('0 means no limit, and the default is 10,000', () => {
      expect(defaultMaxFindings).toBe(10_000)
      expect(checkSync('Illegals\n'.repeat(10_050), {format: 'text'}).messages.length).toBe(10_001)
      expect(checkSync('Illegals\n'.repeat(10_050), {format: 'text', maxFindings: 0}).messages.length).toBe(10_050)
    })

    it('is kept by inline controls that disable everything', () => {
      const messages = checkSync('<!-- stigma-aware-disable -->\n\n' + value, {format: 'markdown', maxFindings: 3}).messages
      expect(messages.map((message) => message.ruleId)).toEqual([limitRuleId])
    })

    it('rejects a value that is not a whole number of 0 or more', () => {
      for (const bad of [-1, 1.5, Number.NaN]) expect(() => checkSync('text', {maxFindings: bad})).toThrow(/^maxFindings: expected a whole number/)
    })
  })
})
