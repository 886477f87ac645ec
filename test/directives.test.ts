/**
 * Inline controls (`<!-- stigma-aware-disable ... -->`), tested on the pure module with
 * synthetic messages (exact control over places) and with real messages from checkSync.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {checkSync} from '../src/index.js'
import {applyDirectives, type DirectiveMessage} from '../src/report/directives.js'

/** A message for `ruleId` at the first occurrence of `needle` (or its `nth` occurrence). */
function at(document: string, needle: string, ruleId: string, nth = 0): DirectiveMessage & {ruleId: string; id: string} {
  let offset = -1
  for (let index = 0; index <= nth; index++) offset = document.indexOf(needle, offset + 1)
  if (offset === -1) throw new Error(`"${needle}" not in the document`)
  const before = document.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return {ruleId, id: `${ruleId}@${line}`, line, column, place: {start: {line, column, offset}}}
}

const ids = (messages: Array<{id: string}>): string[] => messages.map((message) => message.id)

describe('applyDirectives', () => {
  it('disable-next-line without ids silences every rule on the next line only', () => {
    const doc = 'a tide here\n<!-- stigma-aware-disable-next-line -->\na tide and a swarm\na tide again\n'
    const messages = [at(doc, 'tide', 'water'), at(doc, 'tide', 'water', 1), at(doc, 'swarm', 'animal'), at(doc, 'tide', 'water', 2)]
    expect(ids(applyDirectives(doc, 'markdown', messages))).toEqual(['water@1', 'water@4'])
  })

  it('disable-next-line with ids silences only those rules', () => {
    const doc = '<!-- stigma-aware-disable-next-line water, other -->\na tide and a swarm\n'
    const messages = [at(doc, 'tide', 'water'), at(doc, 'swarm', 'animal')]
    expect(ids(applyDirectives(doc, 'markdown', messages))).toEqual(['animal@2'])
  })

  it('disable and enable with ids switch those rules off for the range between', () => {
    const doc = ['tide 1', '<!-- stigma-aware-disable water -->', 'tide 2 swarm', '<!-- stigma-aware-enable water -->', 'tide 3'].join('\n')
    const messages = [at(doc, 'tide', 'water'), at(doc, 'tide', 'water', 1), at(doc, 'swarm', 'animal'), at(doc, 'tide', 'water', 2)]
    expect(ids(applyDirectives(doc, 'markdown', messages))).toEqual(['water@1', 'animal@3', 'water@5'])
  })

  it('disable without ids switches every rule off until enable; enable with ids makes exceptions', () => {
    const doc = [
      '<!-- stigma-aware-disable -->',
      'tide 2 swarm',
      '<!-- stigma-aware-enable animal -->',
      'tide 4 swarm',
      '<!-- stigma-aware-disable animal -->',
      'swarm 6',
      '<!-- stigma-aware-enable -->',
      'tide 8 swarm'
    ].join('\n')
    const messages = [
      at(doc, 'tide', 'water'),
      at(doc, 'swarm', 'animal'),
      at(doc, 'tide', 'water', 1),
      at(doc, 'swarm', 'animal', 1),
      at(doc, 'swarm', 'animal', 2),
      at(doc, 'tide', 'water', 2),
      at(doc, 'swarm', 'animal', 3)
    ]
    expect(ids(applyDirectives(doc, 'markdown', messages))).toEqual(['animal@4', 'water@8', 'animal@8'])
  })

  it('a disable without a matching enable lasts to the end; a disable after the finding does not reach back', () => {
    const doc = 'tide 1\n<!-- stigma-aware-disable water -->\ntide 3\n'
    const messages = [at(doc, 'tide', 'water'), at(doc, 'tide', 'water', 1)]
    expect(ids(applyDirectives(doc, 'html', messages))).toEqual(['water@1'])
  })

  it('text after " -- " is a comment, not rule ids; unknown keywords are not controls', () => {
    const doc = '<!-- stigma-aware-disable water -- quoting the leaflet -->\ntide 2 swarm\n<!-- stigma-aware-disabled -->\nswarm 4\n<!--stigma-aware-disable-->\nswarm 6'
    const messages = [at(doc, 'tide', 'water'), at(doc, 'swarm', 'animal'), at(doc, 'swarm', 'animal', 1), at(doc, 'swarm', 'animal', 2)]
    // "quoting" and "the" are not rule ids, so `animal` stays on until the last comment (no spaces needed).
    expect(ids(applyDirectives(doc, 'markdown', messages))).toEqual(['animal@2', 'animal@4'])
  })

  it('ignores comments inside fenced code in Markdown (backticks, tildes, in lists and quotes, unclosed)', () => {
    const fenced = (fence: string, prefix = ''): string =>
      `${prefix}${fence}html\n${prefix}<!-- stigma-aware-disable -->\n${prefix}${fence}\n\ntide after\n`
    for (const doc of [fenced('```'), fenced('~~~~'), fenced('```', '   '), fenced('```', '> '), '```\n<!-- stigma-aware-disable -->\ntide after\n']) {
      expect(ids(applyDirectives(doc, 'markdown', [at(doc, 'tide', 'water')])), doc).toEqual(['water@' + String(doc.split('\n').findIndex((line) => line.includes('tide')) + 1)])
    }
    // The same comment outside a fence, and in HTML (no fences there), does apply.
    const open = '<!-- stigma-aware-disable -->\n\ntide after\n'
    expect(applyDirectives(open, 'markdown', [at(open, 'tide', 'water')])).toEqual([])
    const html = '<pre>```</pre>\n<!-- stigma-aware-disable -->\n<p>tide</p>'
    expect(applyDirectives(html, 'html', [at(html, 'tide', 'water')])).toEqual([])
  })

  it('a backtick line with a backtick in its info string is not a fence', () => {
    const doc = '``` not a fence ` here\n<!-- stigma-aware-disable -->\ntide\n'
    expect(applyDirectives(doc, 'markdown', [at(doc, 'tide', 'water')])).toEqual([])
  })

  it('plain text has no comments: every message is kept', () => {
    const doc = '<!-- stigma-aware-disable -->\ntide\n'
    const messages = [at(doc, 'tide', 'water')]
    expect(applyDirectives(doc, 'text', messages)).toEqual(messages)
  })

  it('places messages without offsets by line and column, and keeps messages without a place', () => {
    const doc = 'tide 1\n<!-- stigma-aware-disable -->\ntide 3\n'
    const byLine = [
      {ruleId: 'water', id: 'a', line: 1, column: 1},
      {ruleId: 'water', id: 'b', line: 3, column: 1},
      {ruleId: 'water', id: 'c', place: {line: 3, column: 1}},
      {ruleId: 'water', id: 'd'}
    ]
    expect(ids(applyDirectives(doc, 'markdown', byLine))).toEqual(['a', 'd'])
  })

  it('keeps the original order and returns a new array', () => {
    const doc = 'swarm tide\n'
    const messages = [at(doc, 'tide', 'water'), at(doc, 'swarm', 'animal')]
    const kept = applyDirectives(doc, 'markdown', messages)
    expect(kept).toEqual(messages)
    expect(kept).not.toBe(messages)
  })

  it('is applied by checkSync itself, and applying it again changes nothing (Markdown and HTML)', () => {
    const markdown = [
      'Police found three illegal immigrants in a van on Harbour Road.',
      '',
      '<!-- stigma-aware-disable-next-line illegal-immigrant -->',
      'Police found three illegal immigrants in a van on Harbour Road.',
      '',
      'A tide of asylum seekers is heading our way, the leaflet claimed.'
    ].join('\n')
    const file = checkSync(markdown, {format: 'markdown', language: 'en'})
    const found = file.messages.map((message) => `${message.ruleId}@${message.line}`)
    expect(found).toEqual(['illegal-immigrant@1', 'water-metaphor@6'])
    expect(applyDirectives(markdown, 'markdown', file.messages).map((message) => `${message.ruleId}@${message.line}`)).toEqual(found)
    // Without the comment, the second sentence is found.
    expect(checkSync(markdown.replace('<!-- stigma-aware-disable-next-line illegal-immigrant -->', ''), {format: 'markdown', language: 'en'}).messages.map((message) => `${message.ruleId}@${message.line}`)).toEqual(['illegal-immigrant@1', 'illegal-immigrant@4', 'water-metaphor@6'])

    const html = '<p>A tide of asylum seekers is heading our way.</p>\n<!-- stigma-aware-disable -->\n<p>Police found three illegal immigrants in a van.</p>'
    const htmlFile = checkSync(html, {format: 'html', language: 'en'})
    expect(htmlFile.messages.map((message) => message.ruleId)).toEqual(['water-metaphor'])
    expect(applyDirectives(html, 'html', htmlFile.messages).map((message) => message.ruleId)).toEqual(['water-metaphor'])
  })

  it('comments that are not controls never change the result', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('tide ', 'swarm ', '\n', '<!-- note -->', '<!-- stigma-aware -->', '```\n', 'x'), {maxLength: 40}), (parts) => {
        const doc = parts.join('')
        const messages = [...doc.matchAll(/tide|swarm/g)].map((match) => ({ruleId: match[0], place: {start: {offset: match.index}}}))
        expect(applyDirectives(doc, 'markdown', messages)).toEqual(messages)
      })
    )
  })

  it('stays linear: 20,000 controls and 20,000 messages', () => {
    const lines: string[] = []
    const messages: DirectiveMessage[] = []
    let offset = 0
    for (let index = 0; index < 40_000; index++) {
      const line = index % 2 === 0 ? '<!-- stigma-aware-disable-next-line water -->' : 'a tide here'
      if (index % 2 === 1) messages.push({ruleId: 'water', place: {start: {line: index + 1, column: 3, offset: offset + 2}}})
      lines.push(line)
      offset += line.length + 1
    }
    const doc = lines.join('\n')
    const started = performance.now()
    expect(applyDirectives(doc, 'markdown', messages)).toEqual([])
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
