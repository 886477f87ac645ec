/**
 * Robustness properties over hostile input (fast-check): `check` never throws, is deterministic,
 * and every message points exactly at its `actual` text with consistent line/column; fixes change
 * only flagged ranges, remove the fixed findings, are idempotent and keep Markdown/HTML structure.
 * `npm run fuzz` runs the same properties with 100,000 cases.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import rehypeParse from 'rehype-parse'
import {visit} from 'unist-util-visit'
import type {Node} from 'unist'
import {applyFixes, checkSync, planFixes, shippedLanguages, shippedRuleSet} from '../src/index.js'
import type {Format, Language} from '../src/types.js'
import type {StigmaMessage} from '../src/report/message.js'
import {documentsWith, htmlDocument, markdownDocument, planted, runs, textDocument, timeout} from './support/arbitraries.js'

// English documents are checked with `auto` (detection included); every other shipped language
// with its own rules fixed, its rules' first flag examples planted.
const documents: Array<[string, Format, fc.Arbitrary<string>, Language | 'auto', readonly string[]]> = [
  ['en text', 'text', textDocument, 'auto', planted],
  ['en markdown', 'markdown', markdownDocument, 'auto', planted],
  ['en html', 'html', htmlDocument, 'auto', planted]
]
for (const language of shippedLanguages.filter((code) => code !== 'en')) {
  const phrases = shippedRuleSet(language).rules.flatMap((rule) => rule.examples.flag.slice(0, 1))
  if (phrases.length === 0) continue
  const made = documentsWith(phrases)
  documents.push([`${language} text`, 'text', made.text, language, phrases], [`${language} markdown`, 'markdown', made.markdown, language, phrases], [`${language} html`, 'html', made.html, language, phrases])
}

function check(value: string, format: Format, language: Language | 'auto' = 'auto'): StigmaMessage[] {
  return checkSync(value, {format, language}).messages as StigmaMessage[]
}

function lineAndColumn(value: string, offset: number): [number, number] {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return [line, offset - lineStart + 1]
}

function placeOf(message: StigmaMessage) {
  return message.place as {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
}

describe.each(documents)('%s', (_name, format, document, language, phrases) => {
  // Other languages get a third of the cases in `npm test`; `npm run fuzz` runs them all in full.
  const cases = language === 'auto' || process.env['FUZZ_RUNS'] ? runs : Math.max(30, Math.floor(runs / 3))
  it('never throws, is deterministic, and reports exact places', () => {
    fc.assert(
      fc.property(document, (value) => {
        const messages = check(value, format, language)
        const again = check(value, format, language)
        expect(again.map((message) => message.toString())).toEqual(messages.map((message) => message.toString()))
        for (const message of messages) {
          const {start, end} = placeOf(message)
          expect(value.slice(start.offset, end.offset)).toBe(message.actual)
          expect([start.line, start.column]).toEqual(lineAndColumn(value, start.offset))
          expect([end.line, end.column]).toEqual(lineAndColumn(value, end.offset))
          expect(start.offset).toBeLessThan(end.offset)
        }
      }),
      {numRuns: cases}
    )
  }, timeout)

  it('fixes only flagged ranges, removes the fixed findings, and is idempotent', () => {
    fc.assert(
      fc.property(document, fc.constantFrom(...phrases), (value, phrase) => {
        const source = `${value} ${phrase}. ${value}`
        const messages = check(source, format, language).filter((message) => message.fixable)
        const edits = planFixes(source, messages)
        const fixed = applyFixes(source, messages)
        // Outside the edits, the text is the same, byte for byte.
        let cursor = 0
        let rebuilt = ''
        for (const edit of edits) {
          rebuilt += source.slice(cursor, edit.start) + edit.text
          cursor = edit.end
        }
        expect(rebuilt + source.slice(cursor)).toBe(fixed)
        // The fixed findings are gone: no finding of the same rule starts where a fix was made.
        const after = check(fixed, format, language)
        let shift = 0
        for (const edit of edits) {
          const at = edit.start + shift
          expect(after.some((message) => message.ruleId === edit.ruleId && placeOf(message).start.offset === at && message.fixable)).toBe(false)
          shift += edit.text.length - (edit.end - edit.start)
        }
        // A second pass, like running --fix twice, changes nothing.
        expect(applyFixes(fixed, after.filter((message) => message.fixable))).toBe(fixed)
      }),
      {numRuns: Math.max(20, Math.floor(cases / 3))}
    )
  }, timeout)
})

function structure(value: string, format: 'markdown' | 'html'): string[] {
  const tree = format === 'markdown' ? unified().use(remarkParse).parse(value) : unified().use(rehypeParse, {fragment: true}).parse(value)
  const shape: string[] = []
  visit(tree as Node, (node) => {
    const element = node as Node & {tagName?: string; url?: string; properties?: Record<string, unknown>; value?: string}
    if (node.type === 'text') return
    shape.push(`${node.type}:${element.tagName ?? ''}:${element.url ?? ''}:${JSON.stringify(element.properties ?? {})}:${node.type === 'inlineCode' || node.type === 'code' ? element.value : ''}`)
  })
  return shape
}

describe('fixes keep document structure', () => {
  it('Markdown: links, code and emphasis survive', () => {
    const source = '# Notes\n\nSee [the report](https://example.org/illegals) on *illegal immigrants* and `illegals` here.\n\n> Gypsies camped on the green. Illegal immigrants, too.\n'
    const fixed = applyFixes(source, check(source, 'markdown').filter((message) => message.fixable))
    expect(fixed).not.toBe(source)
    expect(structure(fixed, 'markdown')).toEqual(structure(source, 'markdown'))
  })

  it('HTML: attributes, entities and code survive', () => {
    const source = '<p title="illegals">Tom &amp; Jerry met <em>illegal immigrants</em>.</p><p><code>illegals</code> and the mentally ill.</p>'
    const fixed = applyFixes(source, check(source, 'html').filter((message) => message.fixable))
    expect(fixed).not.toBe(source)
    expect(structure(fixed, 'html')).toEqual(structure(source, 'html'))
    expect(fixed).toContain('&amp;')
  })

  it('holds for generated documents', () => {
    fc.assert(
      fc.property(fc.constantFrom<'markdown' | 'html'>('markdown', 'html'), markdownDocument, fc.constantFrom(...planted), (format, value, phrase) => {
        const source = `${value}\n\n${phrase} today.\n`
        const fixed = applyFixes(source, check(source, format).filter((message) => message.fixable))
        expect(structure(fixed, format)).toEqual(structure(source, format))
      }),
      {numRuns: Math.max(20, Math.floor(runs / 3))}
    )
  }, timeout)
})
