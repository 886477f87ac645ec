/**
 * Safe automatic fixes: the library's `applyFixes` with only the messages rules mark `fixable`,
 * repeated until nothing changes, so a second `--fix` never finds more to do.
 */
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'
import {applyFixes, type StigmaMessage} from '../index.js'

// Overlapping fixes are applied one per run of applyFixes; a few rounds settle any document.
const maxRounds = 10

/**
 * Apply the safe fixes of a text until none is left (or a round changes nothing).
 *
 * @param text The document.
 * @param messages The messages of checking `text`.
 * @param check Checks a text and returns its messages (called again after each round).
 * @returns The fixed text and the messages of checking it.
 */
export function fixUntilStable(text: string, messages: StigmaMessage[], check: (value: string) => StigmaMessage[]): {text: string; messages: StigmaMessage[]} {
  let current = text
  let currentMessages = messages
  for (let round = 0; round < maxRounds; round++) {
    const fixable = currentMessages.filter((message) => message.fixable)
    if (fixable.length === 0) break
    const next = applyFixes(current, fixable)
    if (next === current) break
    current = next
    currentMessages = check(current)
  }
  return {text: current, messages: currentMessages}
}

/** A unified diff of one file's fixes, with `a/` and `b/` prefixes (as `git apply` expects). */
export function fixDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {headerOptions: FILE_HEADERS_ONLY})
}
