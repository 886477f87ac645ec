/**
 * Inline controls: HTML comments in Markdown and HTML documents that switch rules off and on.
 *
 * ```md
 * <!-- stigma-aware-disable illegal-immigrant -->      rules listed (or all rules) off from here
 * <!-- stigma-aware-enable illegal-immigrant -->       ... and back on
 * <!-- stigma-aware-disable-next-line -->              all rules (or those listed) off on the next line
 * ```
 *
 * Rule ids are separated by spaces or commas; text after ` -- ` is a free comment. Pure: reads the
 * raw document once, from start to end, and filters messages; plain text has no comments.
 */
import type {Format} from '../types.js'
import {limitRuleId} from './message.js'

/** The parts of a message that `applyDirectives` reads. */
export interface DirectiveMessage {
  ruleId?: string | null | undefined
  line?: number | null | undefined
  column?: number | null | undefined
  place?: {start: {line?: number; column?: number; offset?: number}} | {line?: number; column?: number; offset?: number} | null | undefined
}

/** One control comment found in a document. */
interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line'
  /** Rule ids; undefined means every rule. */
  ruleIds: string[] | undefined
  /** Offset just after the comment. */
  end: number
  /** Line (1-based) on which the comment ends. */
  line: number
}

const keyword = 'stigma-aware-'
const body = /^\s*stigma-aware-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/
// A fence opener or closer, also inside list items and block quotes (over-approximating is safe:
// it can only make a control comment inert, never switch a rule off).
const fence = /^[ \t>]*(`{3,}|~{3,})/

/**
 * Keep the messages that no control comment switches off.
 *
 * @param document The raw document the messages were reported on.
 * @param format Its format: comments count in `markdown` and `html`; `text` keeps every message.
 * @param messages Messages with `ruleId` and a place (offset, or line and column).
 * @returns The messages kept, in their original order.
 *
 * @example
 * ```ts
 * const doc = '<!-- stigma-aware-disable-next-line -->\nThree illegal immigrants.'
 * applyDirectives(doc, 'markdown', checkSync(doc).messages) // []
 * ```
 */
export function applyDirectives<T extends DirectiveMessage>(document: string, format: Format, messages: readonly T[]): T[] {
  if (format === 'text' || messages.length === 0 || !document.includes(keyword)) return [...messages]
  const directives = scan(document, format)
  if (directives.length === 0) return [...messages]

  const nextLine = new Map<number, Set<string> | 'all'>()
  for (const directive of directives) {
    if (directive.kind !== 'disable-next-line') continue
    const line = directive.line + 1
    const existing = nextLine.get(line)
    if (directive.ruleIds === undefined || existing === 'all') nextLine.set(line, 'all')
    else nextLine.set(line, new Set([...(existing ?? []), ...directive.ruleIds]))
  }

  const lineStarts = needsLineStarts(messages) ? lineStartsOf(document) : undefined
  const located = messages.map((message, index) => ({message, index, offset: offsetOf(message, lineStarts)}))
  // Sweep messages and range directives together in document order.
  const order = [...located].sort((a, b) => a.offset - b.offset || a.index - b.index)
  const ranges = directives.filter((directive) => directive.kind !== 'disable-next-line')
  const keep = new Array<boolean>(messages.length).fill(true)
  let allOff = false
  const off = new Set<string>()
  const exceptions = new Set<string>()
  let next = 0
  for (const item of order) {
    while (next < ranges.length && ranges[next]!.end <= item.offset) {
      const {kind, ruleIds} = ranges[next]!
      if (ruleIds === undefined) {
        allOff = kind === 'disable'
        off.clear()
        exceptions.clear()
      } else {
        for (const id of ruleIds) {
          if (kind === 'disable') {
            if (allOff) exceptions.delete(id)
            else off.add(id)
          } else if (allOff) exceptions.add(id)
          else off.delete(id)
        }
      }
      next++
    }
    const ruleId = item.message.ruleId ?? undefined
    // That the check stopped early is never hidden.
    if (ruleId === limitRuleId) continue
    const disabled = allOff ? ruleId === undefined || !exceptions.has(ruleId) : ruleId !== undefined && off.has(ruleId)
    const line = lineOf(item.message)
    const onLine = line === undefined ? undefined : nextLine.get(line)
    const skippedLine = onLine === 'all' || (onLine !== undefined && ruleId !== undefined && onLine.has(ruleId))
    if (disabled || skippedLine) keep[item.index] = false
  }
  return messages.filter((_, index) => keep[index])
}

/** Find the control comments, in document order, skipping fenced code in Markdown. */
function scan(document: string, format: Format): Directive[] {
  const directives: Directive[] = []
  let line = 1
  let counted = 0
  // Newlines are counted once, as the scan moves forward, so the whole scan stays linear.
  const lineAt = (offset: number): number => {
    for (let index = document.indexOf('\n', counted); index !== -1 && index < offset; index = document.indexOf('\n', index + 1)) line++
    counted = Math.max(counted, offset)
    return line
  }
  const fenced = format === 'markdown' ? fencedRanges(document) : []
  let fenceIndex = 0
  let from = 0
  while (from < document.length) {
    const open = document.indexOf('<!--', from)
    if (open === -1) break
    const close = document.indexOf('-->', open + 4)
    if (close === -1) break
    const end = close + 3
    from = end
    while (fenceIndex < fenced.length && fenced[fenceIndex]![1] <= open) fenceIndex++
    const range = fenced[fenceIndex]
    if (range && range[0] <= open) continue
    const match = body.exec(document.slice(open + 4, close))
    if (!match) continue
    directives.push({kind: match[1] as Directive['kind'], ruleIds: ruleIdsOf(match[2]!), end, line: lineAt(end)})
  }
  return directives
}

/** `[start, end)` offsets of fenced code blocks (an unclosed fence runs to the end, as in CommonMark). */
function fencedRanges(document: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let open: {marker: string; start: number} | undefined
  let start = 0
  while (start <= document.length) {
    let end = document.indexOf('\n', start)
    if (end === -1) end = document.length
    const line = document.slice(start, end)
    const match = fence.exec(line)
    if (match) {
      const marker = match[1]!
      const info = line.slice(match[0].length)
      if (!open) {
        // A backtick fence's info string cannot contain a backtick; such a line is inline code.
        if (!(marker[0] === '`' && info.includes('`'))) open = {marker, start}
      } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && info.trim() === '') {
        ranges.push([open.start, end])
        open = undefined
      }
    }
    start = end + 1
  }
  if (open) ranges.push([open.start, document.length])
  return ranges
}

function ruleIdsOf(rest: string): string[] | undefined {
  // Text after " -- " explains the exception and is not a rule id.
  const ids = rest.split(/\s--\s|\s--$/)[0]!.split(/[\s,]+/).filter(Boolean)
  return ids.length > 0 ? ids : undefined
}

function startOf(message: DirectiveMessage): {line?: number; column?: number; offset?: number} | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? place.start : place
}

function lineOf(message: DirectiveMessage): number | undefined {
  return startOf(message)?.line ?? message.line ?? undefined
}

function needsLineStarts(messages: readonly DirectiveMessage[]): boolean {
  return messages.some((message) => startOf(message)?.offset === undefined)
}

function lineStartsOf(document: string): number[] {
  const starts = [0]
  for (let index = document.indexOf('\n'); index !== -1; index = document.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

function offsetOf(message: DirectiveMessage, lineStarts: number[] | undefined): number {
  const start = startOf(message)
  if (start?.offset !== undefined) return start.offset
  const line = start?.line ?? message.line ?? undefined
  const column = start?.column ?? message.column ?? 1
  // A message without any place is not inside any range: it sorts before every comment.
  if (line === undefined || !lineStarts) return -1
  return (lineStarts[line - 1] ?? Number.MAX_SAFE_INTEGER) + column - 1
}
