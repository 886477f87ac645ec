/**
 * The shipped rule sets, compiled from `rules/<lang>/*.yml` at build time into `src/generated/`.
 */
import type {Language, RuleSet} from './types.js'
import {shippedRuleSets} from './generated/index.js'
import {RuleSetError} from './rules/errors.js'

/** Every language code the options accept. */
export const languages: readonly Language[] = ['en', 'da', 'de', 'fr', 'nl', 'sv']

/** Languages that have a shipped rule set. */
export const shippedLanguages: readonly Language[] = languages.filter((language) => language in shippedRuleSets)

/** Check a `language` option: a supported code, or `auto` (returned as undefined). */
export function resolveLanguage(language: string | undefined): Language | undefined {
  if (language === undefined || language === 'auto') return undefined
  if (!(languages as readonly string[]).includes(language)) {
    throw new RuleSetError(`unsupported language "${language}" (expected one of ${languages.join(', ')}, or auto)`)
  }
  return language as Language
}

/** The shipped rule set of a language. */
export function shippedRuleSet(language: Language): RuleSet {
  const ruleSet = shippedRuleSets[language]
  if (!ruleSet) throw new RuleSetError(`no rule set for language "${language}" yet (available: ${shippedLanguages.join(', ')})`)
  return ruleSet
}
