/**
 * Reported speech is lowered to info; the author's own voice is not reported speech. An
 * attribution cue next to a first-person word ("I said", "according to me", "enligt min mening",
 * "j'ai dit") leaves the finding at its rule's severity, in every language.
 */
import {describe, expect, it} from 'vitest'
import {checkSync} from '../src/index.js'
import type {Language} from '../src/types.js'
import type {StigmaMessage} from '../src/report/message.js'

const cases: Array<[Language, string, string]> = [
  // [language, someone else's words, the author's own]
  ['en', 'The mayor said illegals are everywhere.', 'I said illegals are everywhere.'],
  ['en', 'According to the mayor, illegals are everywhere.', 'According to me, illegals are everywhere.'],
  ['en', 'They have said illegals are everywhere.', 'We have said illegals are everywhere.'],
  ['da', 'Borgmesteren sagde, at sigøjnere havde slået lejr på banen.', 'Jeg sagde, at sigøjnere havde slået lejr på banen.'],
  ['da', 'Ifølge borgmesteren havde sigøjnere slået lejr på banen.', 'Ifølge mig havde sigøjnere slået lejr på banen.'],
  ['de', 'Der Bürgermeister sagte, Asylanten seien überall.', 'Ich sagte, Asylanten seien überall.'],
  ['de', 'Asylanten seien überall, sagte der Bürgermeister.', 'Asylanten seien überall, sagte ich.'],
  ['fr', 'Selon le maire, les clandestins sont partout.', 'Selon moi, les clandestins sont partout.'],
  ['fr', 'Le maire a dit que les clandestins sont partout.', "J'ai dit que les clandestins sont partout."],
  ['nl', 'Volgens de burgemeester zijn allochtonen overal.', 'Volgens mij zijn allochtonen overal.'],
  ['nl', 'De burgemeester zei dat allochtonen overal zijn.', 'Ik zei dat allochtonen overal zijn.'],
  ['sv', 'Enligt borgmästaren finns invandrargäng överallt.', 'Enligt min mening finns invandrargäng överallt.'],
  ['sv', 'Polisen anser att invandrargäng finns överallt.', 'Jag anser att invandrargäng finns överallt.']
]

const contextOf = (language: Language, value: string) => {
  const messages = checkSync(value, {language, format: 'text'}).messages as StigmaMessage[]
  expect(messages, value).toHaveLength(1)
  return messages[0]!.context
}

describe('attribution and the author’s own voice', () => {
  for (const [language, reported, own] of cases) {
    it(`${language}: “${reported}” is reported speech; “${own}” is the author’s own`, () => {
      expect(contextOf(language, reported)).toBe('attribution')
      expect(contextOf(language, own)).toBeUndefined()
    })
  }

  it('a possessive before the speaker is still someone else speaking', () => {
    expect(contextOf('en', 'My colleague said illegals are everywhere.')).toBe('attribution')
  })
})
