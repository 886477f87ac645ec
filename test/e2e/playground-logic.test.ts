/**
 * The playground's text bookkeeping (playground/src/edits.ts), without a browser: where an edit
 * happened, how "ignore here" follows the text, one replacement, and undo/redo.
 */
import {describe, expect, it} from 'vitest'
import {checkSync, type StigmaMessage} from '../../src/core.js'
import {History, applyEdits, countWords, diffText, isIgnored, mapSpan, mapSpans, mapSpansThroughEdits, replacementEdit, spanOf} from '../../playground/src/edits.js'

const draft = 'Police found three illegal immigrants in a van. A tide of asylum seekers is heading our way.'

describe('playground edits', () => {
  it('finds the changed region', () => {
    expect(diffText('abc', 'abc')).toBeUndefined()
    expect(diffText('abc', 'abXc')).toEqual({from: 2, to: 2, inserted: 1})
    expect(diffText('abc', 'ac')).toEqual({from: 1, to: 2, inserted: 0})
    expect(diffText('aaa', 'aaaa')).toEqual({from: 3, to: 3, inserted: 1})
    expect(diffText('hello world', 'hello brave new world')).toEqual({from: 6, to: 6, inserted: 10})
  })

  it('keeps a range until its own text changes', () => {
    const span = {start: 10, end: 15, ruleId: 'x'}
    expect(mapSpan(span, {from: 0, to: 0, inserted: 3})).toEqual({start: 13, end: 18, ruleId: 'x'})
    expect(mapSpan(span, {from: 10, to: 10, inserted: 1})).toEqual({start: 11, end: 16, ruleId: 'x'})
    expect(mapSpan(span, {from: 2, to: 10, inserted: 0})).toEqual({start: 2, end: 7, ruleId: 'x'})
    expect(mapSpan(span, {from: 15, to: 20, inserted: 0})).toBe(span)
    expect(mapSpan(span, {from: 12, to: 12, inserted: 1})).toBeUndefined()
    expect(mapSpan(span, {from: 14, to: 16, inserted: 0})).toBeUndefined()
    expect(mapSpans([span, {start: 30, end: 31, ruleId: 'y'}], {from: 13, to: 13, inserted: 2})).toEqual([{start: 32, end: 33, ruleId: 'y'}])
    expect(isIgnored([span], 'x', {start: 10, end: 15})).toBe(true)
    expect(isIgnored([span], 'y', {start: 10, end: 15})).toBe(false)
  })

  it('replaces one finding with an alternative, leaving the rest byte for byte', () => {
    const messages = checkSync(draft, {format: 'text', language: 'en'}).messages as StigmaMessage[]
    const term = messages.find((message) => message.ruleId === 'illegal-immigrant')!
    const edit = replacementEdit(draft, term, 'irregular migrants')!
    expect(applyEdits(draft, [edit])).toBe(draft.replace('illegal immigrants', 'irregular migrants'))
    // A stale message (the text changed) is not applied.
    expect(replacementEdit(`x${draft}`, term, 'irregular migrants')).toBeUndefined()
    // An ignore after the edit moves with the text.
    const metaphor = messages.find((message) => message.ruleId === 'water-metaphor')!
    const ignore = {ruleId: 'water-metaphor', ...spanOf(metaphor)!}
    const [moved] = mapSpansThroughEdits([ignore], [edit])
    const after = applyEdits(draft, [edit])
    expect(after.slice(moved!.start, moved!.end)).toBe('A tide of asylum seekers')
  })

  it('corrects "a"/"an" like applyFixes', () => {
    const text = 'He is an illegal immigrant.'
    const [message] = checkSync(text, {format: 'text', language: 'en'}).messages as StigmaMessage[]
    const alternative = message!.expected!.find((value) => /^[^aeiou]/i.test(value))!
    expect(applyEdits(text, [replacementEdit(text, message!, alternative)!])).toBe(`He is a ${alternative}.`)
  })

  it('undoes and redoes actions and bursts of typing', () => {
    const history = new History(200, 1000)
    expect(history.undo({text: 'a', ignored: []})).toBeUndefined()
    history.typing({text: '', ignored: []}, 0)
    history.typing({text: 'a', ignored: []}, 200)
    history.action({text: 'ab', ignored: []}, 'replace')
    history.typing({text: 'AB', ignored: []}, 5000)
    expect(history.undoLabel).toBe('typing')
    expect(history.undo({text: 'ABC', ignored: []})?.text).toBe('AB')
    expect(history.undo({text: 'AB', ignored: []})).toMatchObject({text: 'ab', label: 'replace'})
    expect(history.undo({text: 'ab', ignored: []})?.text).toBe('')
    expect(history.undoLabel).toBeUndefined()
    expect(history.redo({text: '', ignored: []})?.text).toBe('ab')
    expect(history.redoLabel).toBe('replace')
    history.action({text: 'ab', ignored: []}, 'ignore')
    expect(history.redoLabel).toBeUndefined()
  })

  it('counts words', () => {
    expect(countWords('')).toBe(0)
    expect(countWords('Don’t over-think it, 3 times.')).toBe(5)
  })
})
