/**
 * The light entry for browser bundles (`stigma-aware/core`): English rules only, no language
 * detector. Other languages' rules and the detector are separate chunks, loaded on demand.
 *
 * @example
 * ```ts
 * import {checkSync, loadLanguage, loadLanguageDetection} from 'stigma-aware/core'
 * await Promise.all([loadLanguage('de'), loadLanguageDetection()])
 * checkSync(draft, {language: 'auto'})
 * ```
 *
 * @packageDocumentation
 */
import {en} from './generated/en.js'
import type {Language, RuleSet} from './types.js'
import {registerRuleSet, resolveLanguage} from './rulesets.js'
import {setLanguageRanker} from './text/language.js'
import {registerParser} from './adapters/languages.js'
// parse-english builds on parse-latin, so it is in this bundle anyway: import it directly.
import {ParseLatin} from 'parse-latin'

registerRuleSet(en)

// One import per language, so that bundlers make each its own chunk.
const loaders: Record<Language, () => Promise<RuleSet>> = {
  en: async () => en,
  da: async () => (await import('./generated/da.js')).da,
  de: async () => (await import('./generated/de.js')).de,
  fr: async () => (await import('./generated/fr.js')).fr,
  nl: async () => (await import('./generated/nl.js')).nl,
  sv: async () => (await import('./generated/sv.js')).sv
}

async function loadParser(language: Language): Promise<void> {
  if (language === 'en') return
  if (language === 'nl') {
    const {ParseDutch} = await import('parse-dutch')
    registerParser(language, () => new ParseDutch())
  } else {
    registerParser(language, () => new ParseLatin())
  }
}

/**
 * Load and register a language's shipped rules and parser (a no-op for English).
 *
 * @returns The rule set.
 */
export async function loadLanguage(language: Language): Promise<RuleSet> {
  const code = resolveLanguage(language)
  if (!code) throw new TypeError('loadLanguage() needs a language code, not "auto"')
  const [ruleSet] = await Promise.all([loaders[code](), loadParser(code)])
  registerRuleSet(ruleSet)
  return ruleSet
}

/** Load every shipped language's rules. */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all((Object.keys(loaders) as Language[]).map((language) => loadLanguage(language)))
}

/** Load the language detector `language: 'auto'` uses; until then `auto` means the declared or fallback language. */
export async function loadLanguageDetection(): Promise<void> {
  setLanguageRanker((await import('./text/franc.js')).francRanker)
}

export * from './api.js'
