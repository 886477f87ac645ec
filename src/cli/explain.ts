/**
 * `--explain <rule-id>` and `--list-rules`: the rule data, read for people (or as JSON).
 */
import {ruleUrl, type Language, type Phrase, type RuleData} from '../index.js'
import {catalog, type CatalogEntry} from './catalog.js'
import {CliError, displayPath} from './errors.js'

type Extra = Parameters<typeof catalog>[1]

function phrase(value: Phrase): string {
  return typeof value === 'string' ? value : `${value.one} / ${value.many}`
}

function sourcesOf(rule: RuleData): Array<{title: string; url: string}> {
  return Array.isArray(rule.source) ? rule.source : [rule.source]
}

/**
 * Describe one rule: note, what it flags, alternatives, examples and sources.
 *
 * @param id The rule id.
 * @param language A language, or undefined for every shipped one.
 * @param extra Extra rule files from the configuration.
 * @throws CliError when no rule has that id.
 */
export function explain(id: string, language: Language | 'auto' | undefined, extra: Extra): string {
  const entries = catalog(language, extra).filter((entry) => entry.rule.id === id)
  if (entries.length === 0) throw new CliError(`--explain: unknown rule "${id}" (see stigma-aware --list-rules)`)
  return entries.map(describe).join('\n\n')
}

function describe(entry: CatalogEntry): string {
  const {rule, language} = entry
  const traits = [language, rule.category, rule.severity]
  if (rule.safe && rule.alternatives.length > 0) traits.push('safe fix')
  const lines = [`${rule.id} (${traits.join(', ')})`, '', wrap(rule.note.trim().replace(/\s+/g, ' '), 78), '']
  if (rule.terms) lines.push(`Flags:    ${rule.terms.map(phrase).join('; ')}`)
  if (rule.patterns) lines.push(`Flags:    ${rule.patterns.join('\n          ')}`)
  lines.push(rule.alternatives.length > 0 ? `Instead:  ${rule.alternatives.map(phrase).join('; ')}` : 'Instead:  (no drop-in alternative; the note says what to do)')
  lines.push('', 'Examples')
  for (const example of rule.examples.flag) lines.push(`  flagged:      ${example}`)
  for (const example of rule.examples.pass) lines.push(`  not flagged:  ${example}`)
  for (const fix of rule.examples.fixes ?? []) lines.push(`  fixed:        ${fix.from}`, `            ->  ${fix.to}`)
  lines.push('', 'Sources')
  for (const source of sourcesOf(rule)) lines.push(`  ${source.title} <${source.url}>`)
  lines.push('', entry.file === undefined ? `Documentation: ${ruleUrl(language, rule.id)}` : `Defined in: ${displayPath(entry.file)}`)
  return lines.join('\n')
}

function wrap(text: string, width: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

/**
 * List rules, one per line, grouped by language; or as a JSON array.
 *
 * @param language A language, or undefined for every shipped one.
 * @param extra Extra rule files from the configuration.
 * @param asJson Print JSON instead of a table.
 */
export function listRules(language: Language | 'auto' | undefined, extra: Extra, asJson: boolean): string {
  const entries = catalog(language, extra)
  if (asJson) {
    return JSON.stringify(
      entries.map(({language: code, rule, file}) => ({
        language: code,
        id: rule.id,
        category: rule.category,
        severity: rule.severity,
        fixable: rule.safe === true && rule.alternatives.length > 0,
        alternatives: rule.alternatives.map(phrase),
        url: file === undefined ? ruleUrl(code, rule.id) : (sourcesOf(rule)[0]?.url ?? ''),
        ...(file === undefined ? {} : {file: displayPath(file)})
      })),
      undefined,
      2
    )
  }
  const width = Math.max(0, ...entries.map((entry) => entry.rule.id.length))
  const lines: string[] = []
  let current: string | undefined
  for (const entry of entries) {
    const group = entry.file === undefined ? entry.language : `${entry.language}, ${displayPath(entry.file)}`
    if (group !== current) {
      if (current !== undefined) lines.push('')
      const count = entries.filter((other) => (other.file === undefined ? other.language : `${other.language}, ${displayPath(other.file)}`) === group).length
      lines.push(`${group} (${count} rules)`)
      current = group
    }
    const {rule} = entry
    const fix = rule.safe === true && rule.alternatives.length > 0 ? 'fixable' : ''
    lines.push(`  ${rule.id.padEnd(width)}  ${rule.category.padEnd(20)}  ${rule.severity.padEnd(7)}  ${fix}`.trimEnd())
  }
  return lines.join('\n')
}
