/**
 * The rules the CLI knows: the shipped rule sets (read through the public API, so languages added
 * later are picked up without a change here) and the extra rule files of a configuration.
 */
import {languages, shippedRuleSet, type Language, type RuleData, type RuleSetRule} from '../index.js'

let shipped: Language[] | undefined

/** Languages whose rule set ships with the package. */
export function shippedLanguages(): Language[] {
  shipped ??= languages.filter((language) => {
    try {
      shippedRuleSet(language)
      return true
    } catch {
      return false
    }
  })
  return shipped
}

/** The shipped rules in force for a language setting; `auto` means any shipped language. */
export function baseRules(language: Language | 'auto'): RuleSetRule[] {
  if (language !== 'auto') return shippedRuleSet(language).rules
  return shippedLanguages().flatMap((code) => shippedRuleSet(code).rules)
}

/** A rule with the language and the file it comes from. */
export interface CatalogEntry {
  language: string
  rule: RuleData
  /** Path of the extra rule file, or undefined for a shipped rule. */
  file?: string | undefined
}

/**
 * Every rule of the given languages (all shipped ones by default) and extra rule files.
 *
 * @param language A language code, or `auto`/undefined for every shipped language.
 * @param extra Extra rule files (an organisation's glossary).
 */
export function catalog(language: Language | 'auto' | undefined, extra: ReadonlyArray<{path: string; data: {language: string; rules?: RuleData[]}}> = []): CatalogEntry[] {
  const codes = language === undefined || language === 'auto' ? shippedLanguages() : [language]
  const entries: CatalogEntry[] = codes.flatMap((code) => shippedRuleSet(code).rules.map((rule) => ({language: code, rule})))
  for (const file of extra) {
    if (language !== undefined && language !== 'auto' && file.data.language !== language) continue
    for (const rule of file.data.rules ?? []) entries.push({language: file.data.language, rule, file: file.path})
  }
  return entries
}
