/**
 * Adversarial shapes, small enough for `npm test` (the full sizes are in `npm run stress`):
 * deep nesting and huge paragraphs never throw, and findings keep exact places.
 */
import {describe, expect, it} from 'vitest'
import {checkSync} from '../src/index.js'
import type {Format} from '../src/types.js'
import type {StigmaMessage} from '../src/report/message.js'

function exact(value: string, format: Format): StigmaMessage[] {
  const messages = checkSync(value, {format}).messages as StigmaMessage[]
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
})
