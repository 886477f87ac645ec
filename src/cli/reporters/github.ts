/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding,
 * which GitHub shows as an annotation on the file and line. In Word documents, lines are paragraphs.
 */
import {findingsOf, type FileState, type SeverityName} from '../results.js'

const commands: Record<SeverityName, string> = {error: 'error', warning: 'warning', info: 'notice'}

/** Escape a command's message (data): `%`, CR and LF. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a command's property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

/**
 * Format findings as GitHub Actions annotations.
 *
 * @param files The checked files.
 * @param options Quiet: errors only.
 */
export function github(files: readonly FileState[], options: {quiet: boolean}): string {
  const lines: string[] = []
  for (const file of files) {
    for (const finding of findingsOf(file, options.quiet)) {
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${finding.line}`,
        `endLine=${finding.endLine}`,
        `col=${finding.column}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(`stigma-aware: ${finding.ruleId}`)}`
      ]
      const parts = [finding.reason]
      if (finding.expected.length > 0) parts.push(`Instead: ${finding.expected.join('; ')}`)
      if (finding.note) parts.push(finding.note.replace(/\s+/g, ' '))
      lines.push(`::${commands[finding.severity]} ${properties.join(',')}::${escapeData(parts.join('\n'))}`)
    }
  }
  return lines.join('\n')
}
