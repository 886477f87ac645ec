/**
 * The rule sets check() can use, by language. The main entry registers every shipped rule set
 * (compiled from `rules/<lang>/*.yml` into `src/generated/`); the light browser entry registers
 * English and loads the others on demand.
 */
import type {Language, RuleSet} from './types.js'
import {RuleSetError} from './rules/errors.js'

/** Every language code the options accept. */
export const languages: readonly Language[] = ['en', 'da', 'de', 'fr', 'nl', 'sv']

const registered = new Map<string, RuleSet>()

/** Languages with a registered rule set, in the order of `languages` (kept up to date). */
export const shippedLanguages: readonly Language[] = []

/** Make a rule set available to check() for its language (replacing an earlier one). */
export function registerRuleSet(ruleSet: RuleSet): void {
  if (!(languages as readonly string[]).includes(ruleSet.language)) {
    throw new RuleSetError(`unsupported language "${ruleSet.language}" (expected one of ${languages.join(', ')})`)
  }
  registered.set(ruleSet.language, ruleSet)
  const list = shippedLanguages as Language[]
  list.splice(0, list.length, ...languages.filter((language) => registered.has(language)))
}

/** Check a `language` option: a supported code, or `auto` (returned as undefined). */
export function resolveLanguage(language: string | undefined): Language | undefined {
  if (language === undefined || language === 'auto') return undefined
  if (!(languages as readonly string[]).includes(language)) {
    throw new RuleSetError(`unsupported language "${language}" (expected one of ${languages.join(', ')}, or auto)`)
  }
  return language as Language
}

/** The registered rule set of a language. */
export function shippedRuleSet(language: Language): RuleSet {
  const ruleSet = registered.get(language)
  if (!ruleSet) throw new RuleSetError(`no rule set for language "${language}" is loaded (available: ${shippedLanguages.join(', ')})`)
  return ruleSet
}
