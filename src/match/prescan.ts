/**
 * The pre-scan: a linear pass over raw text (plain, Markdown or extracted from HTML) that runs the
 * real patterns over a light tokenisation, so that only blocks with a possible match pay for
 * Markdown parsing and natural-language parsing. It errs on the side of "maybe": markup is
 * skipped, context checks (negation, quotes, `unless`) are left to the full pass.
 */
import type {CompiledRuleSet} from '../rules/compile.js'
import {normalizeWord} from '../text/normalize.js'
import {mayHideWords, unhideWords} from '../text/evasion.js'
import {hasMatch, knowsWord, startSentence, startsCompound, type MatchToken} from './matcher.js'
import {elisions} from './tokens.js'

// Tags, character references and escapes (skipped), words (letters, digits, inner apostrophes,
// invisible characters and a German gender ending such as "*innen"), sentence ends, and any
// other single character.
const tokenPattern =
  /<[^<>\n]{0,300}>|&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});|\\[!-/:-@[-`{-~]|[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]+(?:['’][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]+)*(?:[*:_\u00B7]in(?:nen)?(?![\p{L}\p{M}\p{N}]))?|[.!?]+(?=\s|$)|\S/gu

const wordStart = /^[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]/u

// Markup characters that never appear in a pattern and would only separate words.
const markup = new Set(['*', '_', '#', '`', '[', ']', '(', ')', '|', '~', '>', '<', '=', '+', '{', '}', '\\', '/', '^'])

/** Pre-scanner for one compiled rule set. */
export class Prescanner {
  // Token objects are reused from sentence to sentence: the pre-scan reads megabytes of text.
  private readonly sentence: MatchToken[] = []
  private readonly pool: MatchToken[] = []

  constructor(private readonly ruleSet: CompiledRuleSet) {
    this.elide = ruleSet.language === 'fr'
    this.compounds = ruleSet.compoundHeads.length > 0
  }

  private readonly elide: boolean
  private readonly compounds: boolean

  private push(count: number, kind: MatchToken['kind'], norm: string, joined = false): void {
    const token = (this.pool[count] ??= {kind, norm})
    token.kind = kind
    token.norm = norm
    token.joined = joined
    this.sentence[count] = token
  }

  private test(count: number): boolean {
    this.sentence.length = count
    startSentence()
    return hasMatch(this.sentence, this.ruleSet)
  }

  /** Whether `text.slice(start, end)` may contain a match of some pattern. */
  mayMatch(text: string, start = 0, end = text.length): boolean {
    // Read hidden words ("ille\u200Bgals", "i l l e g a l s") the way the full pass will; the
    // copy is made only when the range may hide one.
    if (mayHideWords(text, start, end)) {
      const unhidden = unhideWords(text.slice(start, end), (word) => knowsWord(this.ruleSet, word)).text
      return this.scan(unhidden, 0, unhidden.length)
    }
    return this.scan(text, start, end)
  }

  private scan(text: string, start: number, end: number): boolean {
    const {firstIndex} = this.ruleSet
    let count = 0
    let candidate = false
    let previousEnd = -1
    let previousWord = false
    let joinNext = false
    tokenPattern.lastIndex = start
    let found: RegExpExecArray | null
    try {
      while ((found = tokenPattern.exec(text)) !== null && found.index < end) {
        const value = found[0]
        const first = value.charCodeAt(0)
        const isWord = wordStart.test(value)
        if (isWord) {
          let norm = normalizeWord(value)
          if (this.elide) {
            // "l'immigré" -> "l" + "immigré", as the full pass reads it.
            const apostrophe = norm.indexOf("'")
            if (apostrophe > 0 && elisions.has(norm.slice(0, apostrophe))) {
              this.push(count++, 'word', norm.slice(0, apostrophe))
              norm = norm.slice(apostrophe + 1)
            }
          }
          // A sentence is worth matching only when some word can start a pattern: as itself, as a
          // compound, or as the second half of a hyphenated one ("Migranten-Flut").
          if (firstIndex.has(norm) || (this.compounds && (joinNext || startsCompound(this.ruleSet, norm)))) candidate = true
          this.push(count++, 'word', norm, joinNext)
        } else if (value.length > 1 && (first === 60 /* < */ || first === 38 /* & */ || first === 92) /* \ */) {
          // markup: skip
        } else if (/^[.!?]+$/.test(value)) {
          // The sentence's end marks are tokens too: a pattern may end on one.
          for (const mark of value) {
            if (firstIndex.has(mark)) candidate = true
            this.push(count++, 'punct', mark)
          }
          if (candidate && this.test(count)) return true
          count = 0
          candidate = false
        } else if (value === '\uFFFC') {
          this.push(count++, 'barrier', '')
        } else if ((value === '-' || value === '\u2010' || value === '\u2011') && previousWord && previousEnd === found.index) {
          // An inner hyphen joins word pieces, as in nlcst: no token; the next piece is marked joined.
          joinNext = true
          previousEnd = found.index + value.length
          previousWord = false
          continue
        } else if (!markup.has(value)) {
          if (firstIndex.has(value)) candidate = true
          this.push(count++, 'punct', value)
        }
        previousEnd = found.index + value.length
        previousWord = isWord
        joinNext = false
      }
      return candidate && this.test(count)
    } finally {
      tokenPattern.lastIndex = 0
    }
  }
}

const prescanners = new WeakMap<CompiledRuleSet, Prescanner>()

/** The cached pre-scanner of a compiled rule set. */
export function prescannerFor(ruleSet: CompiledRuleSet): Prescanner {
  let prescanner = prescanners.get(ruleSet)
  if (!prescanner) prescanners.set(ruleSet, (prescanner = new Prescanner(ruleSet)))
  return prescanner
}
