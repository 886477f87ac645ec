/**
 * What a run produced, in the shape every reporter reads: one entry per checked file with its
 * findings as plain data (severity names, positions, an excerpt), whatever the input format.
 */
import type {StigmaMessage} from '../index.js'
import type {ResolvedOptions} from './config.js'
import {paragraphAt} from './docx.js'
import type {Kind} from './kinds.js'

/** One checked file. */
export interface FileState {
  /** The path as shown: relative to the working directory, `/`-separated; `<stdin>` for unnamed input. */
  path: string
  kind: Kind
  /** The language whose rules were applied. */
  language: string
  /** The text that was checked (after fixes, when fixes were applied). */
  text: string
  /** The text before fixes, when `--fix` or `--fix-dry-run` changed it. */
  original?: string | undefined
  /** Word documents: where each paragraph starts in `text`. */
  paragraphStarts?: number[] | undefined
  messages: StigmaMessage[]
  resolved: ResolvedOptions
}

/** How serious a finding is, by name. */
export type SeverityName = 'error' | 'warning' | 'info'

/** A one-line excerpt of the text around a finding, and the flagged part's range in it. */
export interface Excerpt {
  text: string
  start: number
  end: number
}

/** A finding as reporters see it. Lines are Word paragraphs in .docx files. */
export interface Finding {
  ruleId: string
  category: string
  severity: SeverityName
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  /** Word documents: the paragraph (same as `line`). */
  paragraph?: number
  actual: string
  expected: string[]
  reason: string
  note: string
  url: string
  fixable: boolean
  context?: string
  excerpt: Excerpt
}

/** The severity of a message: vfile's `fatal` is true for errors, false for warnings, unset for info. */
export function severityOf(message: {fatal?: boolean | null | undefined}): SeverityName {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** A file's findings, in document order; with `quiet`, errors only. */
export function findingsOf(file: FileState, quiet = false): Finding[] {
  const findings: Finding[] = []
  for (const message of file.messages) {
    const severity = severityOf(message)
    if (quiet && severity !== 'error') continue
    const start = message.place && 'start' in message.place ? message.place.start : {line: message.line ?? 1, column: message.column ?? 1, offset: undefined}
    const end = message.place && 'end' in message.place ? message.place.end : start
    const offset = start.offset ?? 0
    const endOffset = end.offset ?? offset
    let line = start.line
    let column = start.column
    let endLine = end.line
    let endColumn = end.column
    let paragraph: number | undefined
    if (file.paragraphStarts) {
      const from = paragraphAt(file.paragraphStarts, offset)
      const to = paragraphAt(file.paragraphStarts, endOffset)
      paragraph = from.paragraph
      ;[line, column, endLine, endColumn] = [from.paragraph, from.column, to.paragraph, to.column]
    }
    const finding: Finding = {
      ruleId: message.ruleId ?? '',
      category: message.category,
      severity,
      line,
      column,
      endLine,
      endColumn,
      offset,
      endOffset,
      actual: message.actual ?? file.text.slice(offset, endOffset),
      expected: message.expected ?? [],
      reason: message.reason,
      note: message.note ?? '',
      url: message.url ?? '',
      fixable: message.fixable,
      excerpt: excerpt(file.text, offset, endOffset)
    }
    if (paragraph !== undefined) finding.paragraph = paragraph
    if (message.context) finding.context = message.context
    findings.push(finding)
  }
  return findings.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
}

const maxExcerpt = 100

/** The line around [start, end), cut to about 100 characters around the flagged part. */
export function excerpt(text: string, start: number, end: number): Excerpt {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1
  let lineEnd = text.indexOf('\n', start)
  if (lineEnd === -1) lineEnd = text.length
  if (text[lineEnd - 1] === '\r') lineEnd--
  const flaggedEnd = Math.min(Math.max(end, start), lineEnd)
  let prefix = ''
  let suffix = ''
  if (lineEnd - lineStart > maxExcerpt) {
    const room = Math.max(0, maxExcerpt - (flaggedEnd - start))
    const from = Math.max(lineStart, start - Math.floor(room / 2))
    const to = Math.min(lineEnd, Math.max(flaggedEnd, from + maxExcerpt))
    if (from > lineStart) prefix = '…'
    if (to < lineEnd) suffix = '…'
    lineStart = from
    lineEnd = to
  }
  // Tabs and other control characters become spaces so the underline stays aligned.
  const body = text.slice(lineStart, lineEnd).replace(/[\t\v\f\r\u0000-\u0008\u000e-\u001f\u007f]/g, ' ')
  const leading = body.length - body.trimStart().length
  const trimmed = body.trim()
  const offset = prefix.length - leading - lineStart
  return {
    text: prefix + trimmed + suffix,
    start: Math.max(prefix.length, start + offset),
    end: Math.min(prefix.length + trimmed.length, Math.max(start, flaggedEnd) + offset)
  }
}

/** Counts of findings by severity, over files. */
export function countsOf(files: readonly FileState[]): Record<SeverityName, number> & {fixable: number} {
  const counts = {error: 0, warning: 0, info: 0, fixable: 0}
  for (const file of files) {
    for (const message of file.messages) {
      counts[severityOf(message)]++
      if (message.fixable && file.kind !== 'docx') counts.fixable++
    }
  }
  return counts
}
