/**
 * applyFixes: replace each flagged range by the first alternative of its message. Case follows
 * the flagged text, number was chosen when the message was made, and an English "a"/"an" right
 * before the range is corrected as part of the same fix. Fixes are applied from the end of the
 * text backwards; of two overlapping fixes the one that starts first (then the longer, then the
 * smaller rule id) wins. Everything outside the fixed ranges is left byte for byte.
 */
import {atSentenceStart, indefiniteArticle, matchCase} from './suggest.js'

// Characters that mean a span crosses markup (tags, emphasis, code, links, references, escapes,
// block-quote prefixes): replacing such a span could break the document's structure.
const markup = /[<>*_`[\]&\\~|]/

/** Whether a flagged span is plain text that can be replaced without touching markup. */
export function isPlainSpan(slice: string): boolean {
  return !markup.test(slice)
}

/** The parts of a message that `applyFixes` reads. */
export interface FixableMessage {
  place?: {start: {offset?: number}; end: {offset?: number}} | {offset?: number} | undefined | null
  expected?: string[] | undefined | null
  actual?: string | undefined | null
  ruleId?: string | undefined | null
  language?: string
}

/** A planned edit: replace source[start, end) with text. */
export interface Edit {
  start: number
  end: number
  text: string
  ruleId: string
}

/** Plan the edits for a set of messages without applying them. */
export function planFixes(source: string, messages: readonly FixableMessage[]): Edit[] {
  const candidates: Edit[] = []
  for (const message of messages) {
    const replacement = message.expected?.[0]
    const place = message.place
    if (replacement === undefined || !place || !('start' in place)) continue
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined || start < 0 || end > source.length || end <= start) continue
    const actual = source.slice(start, end)
    // A stale message (the text changed since the check) is skipped rather than corrupting the text.
    if (typeof message.actual === 'string' && message.actual !== actual) continue
    if (!isPlainSpan(actual)) continue
    let text = matchCase(replacement, actual, atSentenceStart(source, start))
    let editStart = start
    if (message.language === undefined || message.language === 'en') {
      const article = /(?:^|[^\p{L}\p{N}])(an?|An?|AN)([ \t]+)$/u.exec(source.slice(Math.max(0, start - 8), start))
      if (article) {
        const wanted = indefiniteArticle(text)
        const written = article[1]!
        if (written.toLowerCase() !== wanted) {
          editStart = start - article[1]!.length - article[2]!.length
          text = matchCase(wanted, written) + article[2] + text
        }
      }
    }
    candidates.push({start: editStart, end, text, ruleId: message.ruleId ?? ''})
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
  const edits: Edit[] = []
  let reached = -1
  for (const edit of candidates) {
    if (edit.start < reached) continue
    edits.push(edit)
    reached = edit.end
  }
  return edits
}

/**
 * Apply the first alternative of each message that has one.
 *
 * @param source The text the messages were reported on.
 * @param messages Messages from `check` (or any with `place`, `expected` and `actual`).
 * @returns The fixed text.
 */
export function applyFixes(source: string, messages: readonly FixableMessage[]): string {
  const parts: string[] = []
  let last = 0
  for (const edit of planFixes(source, messages)) {
    parts.push(source.slice(last, edit.start), edit.text)
    last = edit.end
  }
  parts.push(source.slice(last))
  return parts.join('')
}
