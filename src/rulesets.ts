/**
 * The shipped rule sets, compiled from `rules/<lang>/*.yml` at build time into `src/generated/`.
 */
import type {Language, RuleSet} from './types.js'
import {en} from './generated/en.js'
import {RuleSetError} from './rules/errors.js'

/** Every language code the options accept. */
export const languages: readonly Language[] = ['en', 'da', 'de', 'fr', 'nl', 'sv']

const shipped: Partial<Record<Language, RuleSet>> = {en}

/** Resolve the `language` option: `auto` and undefined mean English until detection lands. */
export function resolveLanguage(language: string | undefined): Language {
  if (language === undefined || language === 'auto') return 'en'
  if (!(languages as readonly string[]).includes(language)) {
    throw new RuleSetError(`unsupported language "${language}" (expected one of ${languages.join(', ')}, or auto)`)
  }
  return language as Language
}

/** The shipped rule set of a language. */
export function shippedRuleSet(language: Language): RuleSet {
  const ruleSet = shipped[language]
  if (!ruleSet) throw new RuleSetError(`no rule set for language "${language}" yet (available: ${Object.keys(shipped).join(', ')})`)
  return ruleSet
}
