/** applyFixes: case, number, a/an, overlaps, stale messages, markup, and bytes outside the fixes. */
import {describe, expect, it} from 'vitest'
import {applyFixes, planFixes} from '../src/index.js'
import {indefiniteArticle, matchCase} from '../src/report/suggest.js'

function message(source: string, actual: string, expected: string[], ruleId = 'r', from = 0) {
  const start = source.indexOf(actual, from)
  return {place: {start: {offset: start}, end: {offset: start + actual.length}}, actual, expected, ruleId}
}

describe('applyFixes', () => {
  it('replaces flagged ranges, matching case, and leaves the rest byte for byte', () => {
    const source = 'Illegal immigrants\u00a0were found — “quoted” text\r\nand ILLEGALS here.'
    const fixed = applyFixes(source, [
      message(source, 'Illegal immigrants', ['undocumented migrants']),
      message(source, 'ILLEGALS', ['undocumented migrants'])
    ])
    expect(fixed).toBe('Undocumented migrants\u00a0were found — “quoted” text\r\nand UNDOCUMENTED MIGRANTS here.')
  })

  it('corrects the English article before the fix', () => {
    const source = 'They met a illegal alien and an illegal alien. A illegal alien left.'
    const messages = [0, 1, 2].map((index) => {
      let at = -1
      for (let count = 0; count <= index; count++) at = source.toLowerCase().indexOf('illegal alien', at + 1)
      return {place: {start: {offset: at}, end: {offset: at + 13}}, actual: 'illegal alien', expected: ['undocumented migrant'], ruleId: 'r'}
    })
    expect(applyFixes(source, messages)).toBe('They met an undocumented migrant and an undocumented migrant. An undocumented migrant left.')
    const swap = 'an illegal alien'
    expect(applyFixes(swap, [message(swap, 'illegal alien', ['person without papers'])])).toBe('a person without papers')
  })

  it('resolves overlaps deterministically: earliest, then longest, then rule id', () => {
    const source = 'a tide of illegal immigrants'
    const edits = planFixes(source, [
      message(source, 'illegal immigrants', ['undocumented migrants'], 'b'),
      message(source, 'a tide of illegal immigrants', ['a growing number of illegal immigrants'], 'a'),
      message(source, 'illegal', ['x'], 'c')
    ])
    expect(edits.map((edit) => edit.ruleId)).toEqual(['a'])
    const same = planFixes('x illegals', [message('x illegals', 'illegals', ['b'], 'z'), message('x illegals', 'illegals', ['a'], 'y')])
    expect(same.map((edit) => edit.ruleId)).toEqual(['y'])
  })

  it('skips stale messages, markup-crossing spans and messages without alternatives', () => {
    const source = 'the <b>illegal</b> immigrants and illegals'
    const stale = {place: {start: {offset: 0}, end: {offset: 3}}, actual: 'not', expected: ['x'], ruleId: 'r'}
    const crossing = message(source, 'illegal</b> immigrants', ['undocumented migrants'])
    const advice = message(source, 'illegals', [])
    expect(applyFixes(source, [stale, crossing, advice])).toBe(source)
  })

  it('is idempotent when applied to its own output with no messages', () => {
    const source = 'nothing to fix'
    expect(applyFixes(source, [])).toBe(source)
  })
})

describe('suggestions', () => {
  it('matches case', () => {
    expect(matchCase('undocumented migrants', 'Illegals')).toBe('Undocumented migrants')
    expect(matchCase('undocumented migrants', 'ILLEGALS')).toBe('UNDOCUMENTED MIGRANTS')
    expect(matchCase('undocumented migrants', 'illegals')).toBe('undocumented migrants')
  })

  it('picks a or an by sound', () => {
    expect(indefiniteArticle('undocumented')).toBe('an')
    expect(indefiniteArticle('unique')).toBe('a')
    expect(indefiniteArticle('European')).toBe('a')
    expect(indefiniteArticle('hour')).toBe('an')
    expect(indefiniteArticle('person')).toBe('a')
    expect(indefiniteArticle('irregular')).toBe('an')
    expect(indefiniteArticle('one-off')).toBe('a')
  })
})
