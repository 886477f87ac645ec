/**
 * The playground's text bookkeeping, without the DOM: where an edit happened, how findings and
 * "ignore here" marks follow it, one replacement, and the undo/redo history.
 * Unit-tested in test/e2e/playground-logic.test.ts.
 */
import {planFixes, type Edit, type StigmaMessage} from '../../src/core.js'

/** A change to a text: the old range [from, to) was replaced by `inserted` characters. */
export interface TextChange {
  from: number
  to: number
  inserted: number
}

/** A range of the text. */
export interface Span {
  start: number
  end: number
}

/** The one changed region between two versions of a text (common prefix and suffix kept); undefined when equal. */
export function diffText(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined
  const shorter = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++
  return {from: prefix, to: before.length - suffix, inserted: after.length - suffix - prefix}
}

/**
 * Where a range is after a change: shifted when the change is before it (an insertion right at
 * its start counts as before), unchanged when after it, and undefined when the change touches
 * the range's own text.
 */
export function mapSpan<T extends Span>(span: T, change: TextChange): T | undefined {
  if (change.to <= span.start) {
    const delta = change.inserted - (change.to - change.from)
    return {...span, start: span.start + delta, end: span.end + delta}
  }
  if (change.from >= span.end) return span
  return undefined
}

/** Map many ranges through a change, dropping those whose text changed. */
export function mapSpans<T extends Span>(spans: readonly T[], change: TextChange | undefined): T[] {
  if (!change) return [...spans]
  const kept: T[] = []
  for (const span of spans) {
    const mapped = mapSpan(span, change)
    if (mapped) kept.push(mapped)
  }
  return kept
}

/** A finding the person chose to ignore at one place. */
export interface Ignore extends Span {
  ruleId: string
}

/** Whether a message is ignored. */
export function isIgnored(ignored: readonly Ignore[], ruleId: string, span: Span): boolean {
  return ignored.some((entry) => entry.ruleId === ruleId && entry.start === span.start && entry.end === span.end)
}

/** A message's offsets in the checked text. */
export function spanOf(message: StigmaMessage): Span | undefined {
  const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
  const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
  if (start === undefined || end === undefined) return undefined
  return {start, end}
}

/**
 * The edit that replaces one finding with one of its alternatives: the library's planFixes with
 * that alternative first, so that case and an English "a"/"an" before it follow the library's
 * rules. Undefined when the span crosses markup or no longer matches the text.
 */
export function replacementEdit(source: string, message: StigmaMessage, alternative: string): Edit | undefined {
  const [edit] = planFixes(source, [{place: message.place, actual: message.actual, ruleId: message.ruleId, language: message.language, expected: [alternative]}])
  return edit
}

/** Apply edits (non-overlapping, any order) to a text. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let result = source
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}

/** Map ranges through several non-overlapping edits of the same text. */
export function mapSpansThroughEdits<T extends Span>(spans: readonly T[], edits: readonly Edit[]): T[] {
  let result = [...spans]
  // From the end backwards, so that each edit's offsets are still those of the original text.
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = mapSpans(result, {from: edit.start, to: edit.end, inserted: edit.text.length})
  return result
}

/** Words in a text (letters or digits, with inner apostrophes and hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/** What an undo step restores. */
export interface Snapshot {
  text: string
  ignored: readonly Ignore[]
  /** Caret position to restore. */
  caret?: number
  /** The format picked at the time (opening a file changes it). */
  format?: string
}

interface Step extends Snapshot {
  label: string
}

/**
 * Undo and redo: a step per action (replace, ignore, apply all, open a file), and one step per
 * burst of typing (keystrokes less than `pause` ms apart).
 */
export class History {
  private readonly undoSteps: Step[] = []
  private readonly redoSteps: Step[] = []
  private lastTyping = Number.NEGATIVE_INFINITY

  constructor(
    private readonly limit = 200,
    private readonly pause = 1000
  ) {}

  /** Record the state before an action. */
  action(before: Snapshot, label: string): void {
    this.push(this.undoSteps, {...before, label})
    this.redoSteps.length = 0
    this.lastTyping = Number.NEGATIVE_INFINITY
  }

  /** Record the state before a keystroke; a burst of typing is one step. */
  typing(before: Snapshot, now: number): void {
    if (now - this.lastTyping > this.pause) this.push(this.undoSteps, {...before, label: 'typing'})
    this.lastTyping = now
    this.redoSteps.length = 0
  }

  /** Step back: returns the state to restore (and keeps `current` for redo). */
  undo(current: Snapshot): Step | undefined {
    const step = this.undoSteps.pop()
    if (step) this.redoSteps.push({...current, label: step.label})
    this.lastTyping = Number.NEGATIVE_INFINITY
    return step
  }

  /** Step forward again. */
  redo(current: Snapshot): Step | undefined {
    const step = this.redoSteps.pop()
    if (step) this.undoSteps.push({...current, label: step.label})
    this.lastTyping = Number.NEGATIVE_INFINITY
    return step
  }

  /** Label of the step `undo` would revert, if any. */
  get undoLabel(): string | undefined {
    return this.undoSteps.at(-1)?.label
  }

  /** Label of the step `redo` would repeat, if any. */
  get redoLabel(): string | undefined {
    return this.redoSteps.at(-1)?.label
  }

  private push(stack: Step[], step: Step): void {
    stack.push(step)
    if (stack.length > this.limit) stack.shift()
  }
}
