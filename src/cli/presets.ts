/**
 * Shipped presets for the `extends` key of a configuration file. A preset turns a rule set into
 * severity overrides, so it follows the rules as they are (including an organisation's glossary)
 * instead of keeping its own list of rule ids.
 */
import type {RuleSetRule, RuleSetting} from '../index.js'

/** Names accepted by `extends`. */
export const presetNames = ['recommended', 'strict'] as const

/** A preset's name. */
export type PresetName = (typeof presetNames)[number]

/** The rule a preset sees: its id and own severity. */
export type PresetRule = Pick<RuleSetRule, 'id' | 'severity'>

/**
 * Severity overrides of a preset for the given rules.
 *
 * - `recommended`: every rule at its own severity (no overrides).
 * - `strict`: advice (`info`) rules raised to `warning`, so they count for `--max-warnings`.
 *
 * @param name The preset.
 * @param rules The rules in force. A rule id may appear more than once (one per language when the
 *   language is `auto`); it is raised only when every definition of it is `info`.
 */
export function presetRules(name: PresetName, rules: Iterable<PresetRule>): Record<string, RuleSetting> {
  if (name === 'recommended') return {}
  const info = new Map<string, boolean>()
  for (const rule of rules) info.set(rule.id, (info.get(rule.id) ?? true) && rule.severity === 'info')
  const overrides: Record<string, RuleSetting> = {}
  for (const [id, onlyInfo] of info) if (onlyInfo) overrides[id] = 'warning'
  return overrides
}
