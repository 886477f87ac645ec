/**
 * Web and e-mail addresses are names, not prose: a rule word inside one is never flagged, in
 * any format, and the words around it still are, at their exact places.
 */
import {describe, expect, it} from 'vitest'
import {addressSpans} from '../src/text/addresses.js'
import {checkSync} from '../src/index.js'
import type {Format} from '../src/types.js'

const spanTexts = (text: string) => addressSpans(text).map(([from, to]) => text.slice(from, to))

describe('addressSpans', () => {
  it('finds web addresses with a scheme or www., without trailing punctuation', () => {
    expect(spanTexts('See https://x.org/illegal-immigrants. Or (www.y.org/a_b). Or ftp://z.net/f?q=1, now')).toEqual([
      'https://x.org/illegal-immigrants',
      'www.y.org/a_b',
      'ftp://z.net/f?q=1'
    ])
  })

  it('keeps a parenthesis the address opened', () => {
    expect(spanTexts('The page https://en.wikipedia.org/wiki/Foo_(bar) says')).toEqual(['https://en.wikipedia.org/wiki/Foo_(bar)'])
  })

  it('finds e-mail addresses, with mailto:, but not handles or a bare @', () => {
    expect(spanTexts('Write to illegals@x.org or mailto:press.office@city.dk; @refugees and a @ b and x@y are not addresses.')).toEqual([
      'illegals@x.org',
      'mailto:press.office@city.dk'
    ])
  })

  it('does not take www inside a word, or a scheme without a name', () => {
    expect(spanTexts('awww.nope and ://x and https:// alone')).toEqual([])
  })

  it('stays linear on long runs (a megabyte of @ and of letters before one @)', () => {
    expect(addressSpans('@'.repeat(1_000_000))).toEqual([])
    expect(addressSpans('a'.repeat(1_000_000) + '@x.org').length).toBe(1)
    expect(addressSpans('www.'.repeat(250_000)).length).toBe(1)
  })
})

describe('addresses in documents', () => {
  const cases: Array<[Format, string]> = [
    ['text', 'See https://x.org/illegal-immigrants and write to illegals@x.org. Illegals were seen.'],
    ['markdown', 'See https://x.org/illegal-immigrants and write to illegals@x.org. Illegals were seen.'],
    ['markdown', 'See [the report](https://x.org/illegal-immigrants) at www.x.org/illegals and illegals@x.org. Illegals were seen.'],
    ['html', '<p>See https://x.org/illegal-immigrants and write to illegals@x.org. Illegals were seen.</p>']
  ]
  for (const [format, value] of cases) {
    it(`${format}: only the prose is flagged (${value.slice(0, 40)}…)`, () => {
      const messages = checkSync(value, {format, language: 'en'}).messages
      expect(messages.map((message) => message.actual)).toEqual(['Illegals'])
      const start = message0Offset(messages[0]!)
      expect(value.slice(start, start + 'Illegals'.length)).toBe('Illegals')
    })
  }
})

function message0Offset(message: {place?: unknown}): number {
  return (message.place as {start: {offset: number}}).start.offset
}
