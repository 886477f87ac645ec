/**
 * The pre-scan: a linear pass over raw text that tells whether any pattern could match it, so
 * that only candidate blocks pay for Markdown and natural-language parsing. A pattern is a
 * candidate when every one of its required word elements has a word present in the text.
 */
import type {CompiledRuleSet} from '../rules/compile.js'
import {normalizeWord, prescanWord} from '../text/normalize.js'

/** Reusable pre-scanner for one compiled rule set. */
export class Prescanner {
  private generation = 0
  private readonly stamps: Int32Array
  private readonly counts: Int32Array
  private readonly countStamps: Int32Array
  // One stamp slot per (pattern, anchor) pair.
  private readonly slotBase: Int32Array

  constructor(private readonly ruleSet: CompiledRuleSet) {
    const patterns = ruleSet.anchorCounts.length
    this.slotBase = new Int32Array(patterns + 1)
    for (let index = 0; index < patterns; index++) this.slotBase[index + 1] = this.slotBase[index]! + ruleSet.anchorCounts[index]!
    this.stamps = new Int32Array(this.slotBase[patterns]!)
    this.counts = new Int32Array(patterns)
    this.countStamps = new Int32Array(patterns)
  }

  /** Whether `text.slice(start, end)` may contain a match of some pattern. */
  mayMatch(text: string, start = 0, end = text.length): boolean {
    const generation = ++this.generation
    const {anchorIndex, anchorCounts} = this.ruleSet
    prescanWord.lastIndex = start
    let found: RegExpExecArray | null
    while ((found = prescanWord.exec(text)) !== null && found.index < end) {
      const hits = anchorIndex.get(normalizeWord(found[0]))
      if (!hits) continue
      for (const [pattern, anchor] of hits) {
        const slot = this.slotBase[pattern]! + anchor
        if (this.stamps[slot] === generation) continue
        this.stamps[slot] = generation
        if (this.countStamps[pattern] !== generation) {
          this.countStamps[pattern] = generation
          this.counts[pattern] = 0
        }
        if (++this.counts[pattern]! >= anchorCounts[pattern]!) {
          prescanWord.lastIndex = 0
          return true
        }
      }
    }
    prescanWord.lastIndex = 0
    return false
  }
}

const prescanners = new WeakMap<CompiledRuleSet, Prescanner>()

/** The cached pre-scanner of a compiled rule set. */
export function prescannerFor(ruleSet: CompiledRuleSet): Prescanner {
  let prescanner = prescanners.get(ruleSet)
  if (!prescanner) prescanners.set(ruleSet, (prescanner = new Prescanner(ruleSet)))
  return prescanner
}
