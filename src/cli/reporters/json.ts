/**
 * The JSON reporter: a stable, documented shape (docs/output.schema.json) for other tools.
 * Field names follow vfile's messages; `schemaVersion` changes only with a breaking change.
 */
import {findingsOf, type FileState, type Finding} from '../results.js'

/** Version of the JSON output's shape. */
export const jsonSchemaVersion = 1

/** Options of the JSON reporter. */
export interface JsonOptions {
  quiet: boolean
  version: string
}

/**
 * Format findings as JSON.
 *
 * @param files The checked files.
 * @param options Quiet (errors only) and the tool's version.
 */
export function json(files: readonly FileState[], options: JsonOptions): string {
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  const entries = files.map((file) => {
    const messages = findingsOf(file, options.quiet).map(toJson)
    const count = (severity: Finding['severity']): number => messages.filter((message) => message.severity === severity).length
    const counts = {errorCount: count('error'), warningCount: count('warning'), infoCount: count('info')}
    errorCount += counts.errorCount
    warningCount += counts.warningCount
    infoCount += counts.infoCount
    return {file: file.path, format: file.kind, language: file.language, fixed: file.original !== undefined, ...counts, messages}
  })
  const report = {schemaVersion: jsonSchemaVersion, tool: {name: 'stigma-aware', version: options.version}, errorCount, warningCount, infoCount, files: entries}
  return JSON.stringify(report, undefined, 2)
}

function toJson(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    offset: finding.offset,
    endOffset: finding.endOffset,
    ...(finding.paragraph === undefined ? {} : {paragraph: finding.paragraph}),
    actual: finding.actual,
    expected: finding.expected,
    reason: finding.reason,
    note: finding.note,
    url: finding.url,
    fixable: finding.fixable,
    ...(finding.context === undefined ? {} : {context: finding.context}),
    excerpt: finding.excerpt.text
  }
}
