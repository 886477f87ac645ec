/**
 * SARIF 2.1.0, as GitHub code scanning reads it: rules with a short description, help URI and
 * default level; results with a level, a message and a region (lines and 1-based columns, the
 * end column exclusive). URIs are relative to the working directory; run the CLI from the
 * repository root. In Word documents, lines are paragraphs.
 */
import {createHash} from 'node:crypto'
import {catalog, type CatalogEntry} from '../catalog.js'
import {findingsOf, type FileState, type Finding, type SeverityName} from '../results.js'
import {limitRuleId, ruleUrl, type Language} from '../../index.js'

/** The command line's documentation (for the rule that reports a stopped check). */
const docsCli = 'https://github.com/stigma-aware/stigma-aware/blob/main/docs/cli.md'

/** Options of the SARIF reporter. */
export interface SarifOptions {
  quiet: boolean
  version: string
}

const levels: Record<SeverityName, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

/** SARIF's levels for the library's severities. */
export function sarifLevel(severity: SeverityName): 'error' | 'warning' | 'note' {
  return levels[severity]
}

/**
 * Format findings as a SARIF 2.1.0 log with one run.
 *
 * @param files The checked files.
 * @param options Quiet (errors only) and the tool's version.
 */
export function sarif(files: readonly FileState[], options: SarifOptions): string {
  const rules: object[] = []
  const ruleIndex = new Map<string, number>()
  const results: object[] = []
  const lookups = new Map<string, Map<string, CatalogEntry>>()

  for (const file of files) {
    const key = [file.language, ...file.resolved.ruleFiles.map((ruleFile) => ruleFile.path)].join('\0')
    let lookup = lookups.get(key)
    if (!lookup) {
      lookup = new Map(catalog(file.language as Language, file.resolved.ruleFiles).map((entry) => [entry.rule.id, entry]))
      lookups.set(key, lookup)
    }
    // How often each (rule, line text) pair was seen so far in this file: identical findings on
    // identical lines are told apart by their order.
    const seen = new Map<string, number>()
    for (const finding of findingsOf(file, options.quiet)) {
      const id = `${file.language}/${finding.ruleId}`
      let index = ruleIndex.get(id)
      if (index === undefined) {
        index = rules.length
        ruleIndex.set(id, index)
        rules.push(descriptor(finding.ruleId, file.language, lookup.get(finding.ruleId), finding.url))
      }
      const alternatives = finding.expected.length > 0 ? ` Instead: ${finding.expected.join('; ')}.` : ''
      results.push({
        ruleId: finding.ruleId,
        ruleIndex: index,
        level: levels[finding.severity],
        message: {text: `${finding.reason}${alternatives}`},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: toUri(file.path)},
              region: {
                startLine: finding.line,
                startColumn: finding.column,
                endLine: finding.endLine,
                endColumn: finding.endColumn,
                snippet: {text: finding.actual}
              }
            }
          }
        ],
        partialFingerprints: {[fingerprintName]: fingerprint(file.path, finding, seen)},
        properties: {category: finding.category, fixable: finding.fixable, ...(finding.context ? {context: finding.context} : {})}
      })
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'stigma-aware', version: options.version, informationUri: 'https://github.com/stigma-aware/stigma-aware', rules}},
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, undefined, 2)
}

/** The name of this tool's fingerprint in `partialFingerprints` (versioned: a new scheme gets a new name). */
export const fingerprintName = 'stigmaAwareFinding/v1'

/**
 * A finding's identity across commits, for code scanning to track an alert when lines move: the
 * file, the rule, the flagged text, the text of its line and which occurrence of all that it is;
 * not its line number.
 */
function fingerprint(path: string, finding: Finding, seen: Map<string, number>): string {
  const key = [path, finding.ruleId, finding.actual, finding.excerpt.text.trim()].join('\0')
  const occurrence = (seen.get(key) ?? 0) + 1
  seen.set(key, occurrence)
  return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32)
}

function descriptor(id: string, language: string, entry: CatalogEntry | undefined, fallbackUrl: string): object {
  if (id === limitRuleId) {
    const text = 'The check stopped at --max-findings (maxFindings): the rest of the file was not checked.'
    return {id, name: id, shortDescription: {text}, fullDescription: {text}, help: {text}, helpUri: `${docsCli}#options`, defaultConfiguration: {level: 'error'}, properties: {category: 'limit', language, tags: ['stigma-aware', 'limit']}}
  }
  const rule = entry?.rule
  const note = rule?.note.trim().replace(/\s+/g, ' ') ?? ''
  const sources = rule ? (Array.isArray(rule.source) ? rule.source : [rule.source]) : []
  // Shipped rules are documented in docs/rules; a glossary's rule points at its own source.
  const helpUri = entry && entry.file === undefined ? ruleUrl(language, id) : (sources[0]?.url ?? fallbackUrl)
  const alternatives = rule && rule.alternatives.length > 0 ? `\n\nInstead: ${rule.alternatives.map((phrase) => (typeof phrase === 'string' ? phrase : phrase.one)).join('; ')}.` : ''
  const sourceText = sources.length > 0 ? `\n\nSources: ${sources.map((source) => `${source.title} <${source.url}>`).join('; ')}` : ''
  return {
    id,
    name: id,
    shortDescription: {text: firstSentence(note) || id},
    fullDescription: {text: note || id},
    help: {text: `${note}${alternatives}${sourceText}`.trim() || id},
    helpUri,
    defaultConfiguration: {level: rule ? levels[rule.severity] : 'warning'},
    properties: {category: rule?.category ?? 'custom', language, tags: ['stigma-aware', rule?.category ?? 'custom']}
  }
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/.exec(text)
  return (match ? match[0] : text).slice(0, 1000)
}

/** A relative path as a URI reference (each segment percent-encoded). */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
