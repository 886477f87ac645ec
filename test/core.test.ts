/**
 * The light browser entry (`stigma-aware/core`): English only until other languages and the
 * detector are loaded on demand. Vitest gives each test file its own module graph, so nothing
 * the main entry registers is visible here.
 */
import {describe, expect, it} from 'vitest'
import {checkSync, loadLanguage, loadLanguageDetection, shippedLanguages} from '../src/core.js'

const german = 'Die Flüchtlingswelle erreicht die Stadt, und die Verwaltung bereitet sich seit Wochen auf den Winter vor.'

describe('stigma-aware/core', () => {
  it('starts with English and no detector', () => {
    expect(shippedLanguages).toEqual(['en'])
    const file = checkSync(german, {format: 'text'})
    expect(file.data.language).toBe('en')
    expect(() => checkSync(german, {format: 'text', language: 'de'})).toThrow(/no rule set for language "de" is loaded/)
  })

  it('loads a language and the detector on demand', async () => {
    await loadLanguage('de')
    expect(shippedLanguages).toEqual(['en', 'de'])
    expect(checkSync(german, {format: 'text', language: 'de'}).messages.length).toBeGreaterThan(0)
    expect(checkSync(german, {format: 'text'}).data.language).toBe('en')
    await loadLanguageDetection()
    const file = checkSync(german, {format: 'text'})
    expect(file.data.language).toBe('de')
    expect(file.messages.length).toBeGreaterThan(0)
  })
})
