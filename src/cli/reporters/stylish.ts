/**
 * The default reporter, for people: findings grouped per file, each with the flagged words
 * underlined in a one-line excerpt, the alternatives and the note.
 */
import {countsOf, findingsOf, type FileState, type SeverityName} from '../results.js'

/** Options of the stylish reporter. */
export interface StylishOptions {
  color: boolean
  quiet: boolean
  /** Fixes were applied (or previewed): do not suggest `--fix`. */
  fixing: boolean
}

const codes = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39]
} as const

type Style = keyof typeof codes

/**
 * Format findings for a terminal.
 *
 * @param files The checked files.
 * @param options Colour, quiet (errors only) and whether fixes are being applied.
 * @returns The report; empty when `quiet` and there is no error.
 */
export function stylish(files: readonly FileState[], options: StylishOptions): string {
  const paint = (text: string, ...styles: Style[]): string =>
    options.color ? styles.reduce((result, style) => `\u001B[${codes[style][0]}m${result}\u001B[${codes[style][1]}m`, text) : text
  const severityStyle: Record<SeverityName, Style> = {error: 'red', warning: 'yellow', info: 'cyan'}
  const lines: string[] = []
  let shown = 0
  let filesWithFindings = 0

  for (const file of files) {
    const findings = findingsOf(file, options.quiet)
    if (findings.length === 0) continue
    filesWithFindings++
    lines.push(paint(file.path, 'underline'))
    const docx = file.kind === 'docx'
    const locations = findings.map((finding) => (docx ? `¶${finding.line}:${finding.column}` : `${finding.line}:${finding.column}`))
    const width = Math.max(...locations.map((location) => location.length))
    const indent = ' '.repeat(2 + width + 2)
    for (const [index, finding] of findings.entries()) {
      shown++
      const severity = paint(finding.severity.padEnd(7), severityStyle[finding.severity])
      const quoted = finding.context ? paint(` (${finding.context})`, 'dim') : ''
      lines.push(`  ${paint(locations[index]!.padEnd(width), 'dim')}  ${severity}  ${finding.reason}${quoted}  ${paint(finding.ruleId, 'dim')}`)
      const {text, start, end} = finding.excerpt
      if (options.color) {
        lines.push(`${indent}${paint('│', 'dim')} ${text.slice(0, start)}${paint(text.slice(start, end), 'underline', 'bold', severityStyle[finding.severity])}${text.slice(end)}`)
      } else {
        lines.push(`${indent}| ${text}`, `${indent}| ${' '.repeat(start)}${'^'.repeat(Math.max(1, end - start))}`)
      }
      if (finding.expected.length > 0) lines.push(`${indent}${paint('instead:', 'green')} ${finding.expected.join(' · ')}${finding.fixable && !docx ? paint(' (fixable)', 'dim') : ''}`)
      if (finding.note) lines.push(`${indent}${paint('why:', 'dim')} ${finding.note.replace(/\s+/g, ' ')}`)
    }
    lines.push('')
  }

  // Nothing was checked (every file failed): the errors on stderr say it all.
  if (files.length === 0) return ''
  const counts = countsOf(files)
  if (options.quiet) {
    if (counts.error > 0) lines.push(paint(`✖ ${plural(counts.error, 'error')}`, 'red', 'bold'))
    return lines.join('\n')
  }
  const total = files.length
  if (shown === 0) {
    lines.push(paint(`✔ No findings in ${plural(total, 'file')}.`, 'green'))
  } else {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`]
    const style: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'cyan'
    lines.push(paint(`✖ ${plural(shown, 'finding')} (${parts.join(', ')}) in ${filesWithFindings} of ${plural(total, 'file')}.`, style, 'bold'))
    if (counts.fixable > 0 && !options.fixing) lines.push(`  ${plural(counts.fixable, 'finding')} can be fixed with --fix (preview with --fix-dry-run).`)
  }
  return lines.join('\n')
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
