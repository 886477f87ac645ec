/**
 * Reasons (the one-sentence message) per category, per language of the rule set. A rule can
 * override its reason with `message`. Languages without their own strings use English.
 */
import type {Category} from '../types.js'
import type {CompiledRule} from '../rules/compile.js'

type Strings = Record<Category, string> & {instead: string; or: string}

const en: Strings = {
  term: '“{actual}” is discouraged wording',
  generalisation: '“{actual}” generalises about a whole group',
  conflation: '“{actual}” ties a faith or origin to violence',
  metaphor: '“{actual}” describes people with a dehumanising metaphor',
  othering: '“{actual}” sets a group apart as “them”',
  'collective-blame': '“{actual}” holds a whole group responsible for what individuals did',
  label: '“{actual}” reduces a person to a diagnosis or a label',
  slur: '“{actual}” is a slur',
  'irrelevant-attribute': '“{actual}” names origin or faith where it may not be relevant',
  instead: '; use {alternatives} instead',
  or: ' or '
}

const strings: Record<string, Strings> = {en}

/** The reason sentence of a finding. */
export function reasonFor(language: string, rule: CompiledRule, actual: string, expected: string[]): string {
  const table = strings[language] ?? en
  let reason = (rule.data.message ?? table[rule.category]).replaceAll('{actual}', actual)
  if (expected.length > 0 && rule.data.message === undefined) {
    const alternatives = expected.slice(0, 3).map((value) => `“${value}”`).join(table.or)
    reason += table.instead.replace('{alternatives}', alternatives)
  }
  return reason
}
