/** wordText: the text of mammoth's document model, with line breaks kept and paragraphs counted. */
import {describe, expect, it} from 'vitest'
import {wordText, type WordElement} from '../src/index.js'

const text = (value: string): WordElement => ({type: 'text', value})
const run = (...children: WordElement[]): WordElement => ({type: 'run', children})
const paragraph = (...children: WordElement[]): WordElement => ({type: 'paragraph', children})

describe('wordText', () => {
  it('ends each paragraph with a blank line, keeps breaks and tabs, and counts every paragraph', () => {
    const document: WordElement = {
      type: 'document',
      children: [
        paragraph(run(text('Briefing'))),
        paragraph(),
        paragraph(run(text('Police found'), {type: 'break'}, text('illegals'), {type: 'tab'}, text('here.'))),
        {type: 'table', children: [{type: 'tableRow', children: [{type: 'tableCell', children: [paragraph(run(text('A')))]}, {type: 'tableCell', children: [paragraph(run(text('B')))]}]}]}
      ]
    }
    expect(wordText(document)).toEqual({text: 'Briefing\n\n\n\nPolice found\nillegals\there.\n\nA\n\nB\n\n', paragraphStarts: [0, 10, 12, 41, 44]})
  })

  it('reads nesting thousands deep without recursion', () => {
    let element: WordElement = paragraph(run(text('deep')))
    for (let depth = 0; depth < 100_000; depth++) element = {type: 'tableCell', children: [element]}
    expect(wordText({type: 'document', children: [element]}).text).toBe('deep\n\n')
  })

  it('finds a finding across a line break as two words', async () => {
    const {checkSync} = await import('../src/index.js')
    const {text: value} = wordText({type: 'document', children: [paragraph(run(text('Police found'), {type: 'break'}, text('illegals near the station.')))]})
    expect(checkSync(value, {format: 'text', language: 'en'}).messages.map((message) => message.actual)).toEqual(['illegals'])
  })
})
