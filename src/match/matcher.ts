/**
 * The matcher: tokens of a sentence + a compiled rule set -> matches. No vfile, no I/O.
 * Candidate patterns come from the first-word index, so the cost per token is a map lookup
 * plus the few patterns that can start there, whatever the size of the rule set.
 */
import type {Point} from 'unist'
import type {CompiledRule, CompiledRuleSet, CompoundElement, Element, PatternGroup, PatternRef, PrefixNode, SuffixNode, TrieNode} from '../rules/compile.js'
import type {GrammaticalNumber} from '../text/morphology.js'
import type {Token} from './tokens.js'

/** What the pattern matcher reads of a token; the pre-scan builds only this. */
export type MatchToken = Pick<Token, 'kind' | 'norm' | 'joined'>

/** Why a finding was downgraded to info. */
export type MatchContext = 'quote' | 'attribution'

/** One match of a rule in a sentence. */
export interface Match {
  rule: CompiledRule
  /** Token range [from, to). */
  from: number
  to: number
  start: Point
  end: Point
  number: GrammaticalNumber | undefined
  /** Lexicon name -> token range it matched, for alternatives like "a growing number of {group}". */
  captures: Map<string, [number, number]>
  context: MatchContext | undefined
  /** Part of the match is a word found inside a compound: reported whole, never fixed automatically. */
  compound: boolean
}

interface State {
  number: GrammaticalNumber | undefined
  /** Created on the first capture: most attempts fail before any. */
  captures: Map<string, [number, number]> | undefined
  /** Token indexes of the `<` and `>` marks, when the pattern has them. */
  markStart?: number
  markEnd?: number
  /** (element, token) pairs already known to fail: bounds backtracking over gaps and optional elements. */
  failed?: Set<number>
  compound?: boolean
  /** When set, a match must end exactly here (a context that must end right before a match). */
  mustEnd?: number
}

const noEnds: Array<{to: number; number: GrammaticalNumber | undefined}> = []

/** Word-trie ends reachable from token `at`, longest first. */
function trieEnds(trie: TrieNode, tokens: readonly MatchToken[], at: number): Array<{to: number; number: GrammaticalNumber | undefined}> {
  let ends: Array<{to: number; number: GrammaticalNumber | undefined}> | undefined
  let node: TrieNode | undefined = trie
  let index = at
  while (index < tokens.length) {
    const token = tokens[index]!
    // Punctuation only matches where a list mixes it with words ("[was|were|,]").
    if (token.kind === 'barrier') break
    node = node.next.get(token.norm)
    if (!node) break
    index++
    if (node.end) (ends ??= []).push({to: index, number: node.end.number})
  }
  return ends ? ends.reverse() : noEnds
}

type Ends = Array<{to: number; number: GrammaticalNumber | undefined}>

// Many patterns share a lexicon (and so a trie): walk each trie at each token once per sentence.
let memoTokens: readonly MatchToken[] | undefined
let memo = new Map<TrieNode, Map<number, Ends>>()

/** Forget the per-sentence caches (callers that reuse a token array call this for each sentence). */
export function startSentence(): void {
  memoTokens = undefined
  presentTokens = undefined
}

function cachedEnds(trie: TrieNode, tokens: readonly MatchToken[], at: number): Ends {
  if (memoTokens !== tokens) {
    memoTokens = tokens
    memo = new Map()
  }
  let perToken = memo.get(trie)
  if (!perToken) memo.set(trie, (perToken = new Map()))
  let ends = perToken.get(at)
  if (!ends) perToken.set(at, (ends = trieEnds(trie, tokens, at)))
  return ends
}

// Per sentence: whether some word of the sentence can start a required element. A pattern whose
// required elements are not all present is not tried at all.
let presentTokens: readonly MatchToken[] | undefined
let present = new Map<TrieNode, boolean>()
let sentenceWords = new Set<string>()

function allPresent(required: TrieNode[], tokens: readonly MatchToken[]): boolean {
  if (presentTokens !== tokens) {
    presentTokens = tokens
    present = new Map()
    sentenceWords = new Set()
    for (const token of tokens) if (token.kind !== 'barrier') sentenceWords.add(token.norm)
  }
  for (const trie of required) {
    let found = present.get(trie)
    if (found === undefined) {
      found = false
      // Walk the smaller side: a long sentence or a large lexicon costs no more than the other.
      if (trie.next.size <= sentenceWords.size) {
        for (const word of trie.next.keys()) if (sentenceWords.has(word)) found = true
      } else {
        for (const word of sentenceWords) if (trie.next.has(word)) found = true
      }
      present.set(trie, found)
    }
    if (!found) return false
  }
  return true
}

/**
 * Match `elements[at...]` from token `index`; returns the end token index or -1. Failures at gaps
 * and optional elements are remembered, so a pattern costs at most (elements x tokens) steps
 * however many gaps it has: no catastrophic backtracking.
 */
function matchFrom(elements: Element[], at: number, tokens: readonly MatchToken[], index: number, state: State): number {
  if (at === elements.length) return state.mustEnd === undefined || state.mustEnd === index ? index : -1
  const element = elements[at]!
  const branching = element.kind === 'gap' || ('optional' in element && element.optional)
  if (!branching) return matchElement(elements, at, tokens, index, state)
  const key = at * (tokens.length + 1) + index
  if (state.failed?.has(key)) return -1
  const end = matchElement(elements, at, tokens, index, state)
  if (end === -1) (state.failed ??= new Set()).add(key)
  return end
}

function matchElement(elements: Element[], at: number, tokens: readonly MatchToken[], index: number, state: State): number {
  const element = elements[at]!
  if (element.kind === 'mark') {
    const end = matchFrom(elements, at + 1, tokens, index, state)
    if (end !== -1) {
      if (element.side === 'start') state.markStart = index
      else state.markEnd = index
    }
    return end
  }
  if (element.kind === 'gap') {
    let words = 0
    for (let next = index; next <= tokens.length; next++) {
      const end = matchFrom(elements, at + 1, tokens, next, state)
      if (end !== -1) return end
      const token = tokens[next]
      if (!token || token.kind === 'barrier') break
      if (token.kind === 'word' && ++words > element.max) break
    }
    return -1
  }
  if (element.kind === 'punct') {
    const token = tokens[index]
    if (token && token.kind === 'punct' && element.chars.has(token.norm)) {
      const end = matchFrom(elements, at + 1, tokens, index + 1, state)
      if (end !== -1) return end
    }
    return element.optional ? matchFrom(elements, at + 1, tokens, index, state) : -1
  }
  if (element.kind === 'compound') {
    const found = compoundEnd(element, tokens, index)
    if (found) {
      const end = matchFrom(elements, at + 1, tokens, found.to, state)
      if (end !== -1) {
        if (found.number !== undefined) state.number ??= found.number
        state.compound = true
        return end
      }
    }
    return element.optional ? matchFrom(elements, at + 1, tokens, index, state) : -1
  }
  for (const candidate of cachedEnds(element.trie, tokens, index)) {
    const end = matchFrom(elements, at + 1, tokens, candidate.to, state)
    if (end !== -1) {
      if (candidate.number !== undefined) state.number ??= candidate.number
      if (element.capture) {
        state.captures ??= new Map()
        if (!state.captures.has(element.capture)) state.captures.set(element.capture, [index, candidate.to])
      }
      return end
    }
  }
  return element.optional ? matchFrom(elements, at + 1, tokens, index, state) : -1
}

/** The shortest part of a compound that a side given as "any letters" may be. */
const minimumPart = 3

/** Whether `word` is a compound the element matches; returns the number of its last part, or null. */
function lastPart(element: CompoundElement, word: string): GrammaticalNumber | undefined | null {
  const {lasts, firsts, prefixes} = element
  if (!lasts) {
    // Any last part: a known first part (at least two letters) followed by at least `minimumPart` letters.
    let node: PrefixNode | undefined = prefixes
    for (let index = 0; index < word.length - minimumPart && node; index++) {
      node = node.next.get(word[index]!)
      if (node?.end && index >= 1) return undefined
    }
    return null
  }
  let node: SuffixNode | undefined = lasts
  for (let index = word.length - 1; index >= 1 && node; index--) {
    node = node.next.get(word[index]!)
    if (!node?.end) continue
    // The first part: known, or (for "any") long enough.
    if (firsts ? firsts.has(word.slice(0, index)) : index >= minimumPart) return node.end.number
  }
  return null
}

/**
 * A compound at token `index`: one written word ("Migrantenflut"), or two joined by a hyphen
 * ("Migranten-Flut", which the tokens keep as two words, the second marked `joined`).
 */
function compoundEnd(element: CompoundElement, tokens: readonly MatchToken[], index: number): {to: number; number: GrammaticalNumber | undefined} | undefined {
  const token = tokens[index]
  if (!token || token.kind !== 'word') return undefined
  const number = lastPart(element, token.norm)
  if (number !== null) return {to: index + 1, number}
  const next = tokens[index + 1]
  if (next && next.kind === 'word' && next.joined) {
    const firstOk = element.firsts ? element.firsts.has(token.norm) : token.norm.length >= minimumPart
    if (!firstOk) return undefined
    if (!element.lasts) return next.norm.length >= minimumPart ? {to: index + 2, number: undefined} : undefined
    let node: SuffixNode | undefined = element.lasts
    for (let at = next.norm.length - 1; at >= 0 && node; at--) node = node.next.get(next.norm[at]!)
    if (node?.end) return {to: index + 2, number: node.end.number}
  }
  return undefined
}

/**
 * Whether a normalised word is one the rules know: a word of a term or pattern, or a compound a
 * compound-headed pattern starts with. Hidden words (letter-spaced, broken at a line end) are
 * joined only into such words.
 */
export function knowsWord(ruleSet: CompiledRuleSet, word: string): boolean {
  return ruleSet.vocabulary.has(word) || startsCompound(ruleSet, word)
}

/** Whether one written word is a compound some compound-headed pattern starts with (the pre-scan's test). */
export function startsCompound(ruleSet: CompiledRuleSet, word: string): boolean {
  if (word.length < 4) return false
  for (const {head} of ruleSet.compoundHeads) if (lastPart(head, word) !== null) return true
  return false
}

/** Whether a compound head can match at token `index` (a cheap test before a pattern is tried). */
function compoundAt(element: CompoundElement, tokens: readonly MatchToken[], index: number): boolean {
  return compoundEnd(element, tokens, index) !== undefined
}

function matchesAt(elements: Element[], tokens: Token[], index: number): boolean {
  return matchFrom(elements, 0, tokens, index, {number: undefined, captures: undefined}) !== -1
}

/** Whether a context pattern ends right before token `index`. */
function endsBefore(elements: Element[], tokens: Token[], index: number): boolean {
  for (let start = Math.max(0, index - 8); start < index; start++) {
    // Any way of matching that ends right before the match counts, not only the greediest.
    if (matchFrom(elements, 0, tokens, start, {number: undefined, captures: undefined, mustEnd: index}) === index) return true
  }
  return false
}

/** A negation word, unless it is the first half of a hyphenated word ("ikke-vestlige", "non-EU"). */
function isNegationAt(tokens: Token[], index: number, set: Set<string>): boolean {
  const token = tokens[index]!
  if (!(set.has(token.norm) || token.norm.endsWith("n't"))) return false
  return tokens[index + 1]?.joined !== true
}

/** Words before a match that can mark it as a mention. */
const lookBehind = 3
/** Words after a match that can mark it as a mention. */
const lookAhead = 3

/** Punctuation that ends the clause a negation can reach over. */
const clauseBoundary = new Set([',', ';', ':', '\u2014', '\u2013', '(', ')', '!', '?', '.'])

/** The patterns worth trying at token `index`: each group's shared head is matched once. */
type Visit = (ref: PatternRef, start: number) => boolean

/** Try a pattern whose head is at `index`, from the earliest start its optional leading words allow. */
function tryPattern(ref: PatternRef, tokens: readonly MatchToken[], index: number, visit: Visit): boolean {
  if (!allPresent(ref.required, tokens)) return false
  for (let start = Math.max(0, index - ref.lead); start <= index; start++) if (visit(ref, start)) return true
  return false
}

function candidatesAt(tokens: readonly MatchToken[], index: number, ruleSet: CompiledRuleSet, visit: Visit): boolean {
  const token = tokens[index]!
  // Whole words first: a term matched as written keeps its number; its compound reading comes second.
  if (candidatesOf(ruleSet.firstIndex.get(token.norm), tokens, index, visit)) return true
  if (ruleSet.compoundHeads.length > 0 && token.kind === 'word' && token.norm.length >= 4) {
    for (const {head, refs} of ruleSet.compoundHeads) {
      if (!compoundAt(head, tokens, index)) continue
      for (const ref of refs) if (tryPattern(ref, tokens, index, visit)) return true
    }
  }
  return false
}

function candidatesOf(groups: PatternGroup[] | undefined, tokens: readonly MatchToken[], index: number, visit: Visit): boolean {
  if (!groups) return false
  for (const group of groups) {
    if (!group.head) {
      for (const ref of group.always) if (tryPattern(ref, tokens, index, visit)) return true
      continue
    }
    // Each head trie belongs to one group, so it is walked once per token anyway: no memo.
    const ends = trieEnds(group.head.trie, tokens, index)
    if (ends.length === 0) continue
    for (const ref of group.always) if (tryPattern(ref, tokens, index, visit)) return true
    for (const end of ends) {
      const following = tokens[end.to]
      const refs = following ? group.next.get(following.norm) : undefined
      if (refs) for (const ref of refs) if (tryPattern(ref, tokens, index, visit)) return true
    }
  }
  return false
}

/** Whether any pattern matches anywhere in the tokens (no context checks): the pre-scan's test. */
export function hasMatch(tokens: readonly MatchToken[], ruleSet: CompiledRuleSet): boolean {
  const state: State = {number: undefined, captures: undefined}
  const visit: Visit = ({pattern}, start) => {
    state.captures = undefined
    state.failed = undefined
    return matchFrom(pattern, 0, tokens, start, state) > start
  }
  for (let index = 0; index < tokens.length; index++) if (candidatesAt(tokens, index, ruleSet, visit)) return true
  return false
}

/** Find all matches of a rule set in one sentence's tokens. */
export function matchSentence(tokens: Token[], ruleSet: CompiledRuleSet): Match[] {
  const matches: Match[] = []
  // Per rule, matches do not overlap: resume after the previous match's end.
  const resumeAt = new Map<CompiledRule, number>()
  for (let index = 0; index < tokens.length; index++) {
    candidatesAt(tokens, index, ruleSet, ({rule, pattern}, start) => {
      if ((resumeAt.get(rule) ?? 0) > start) return false
      const state: State = {number: undefined, captures: undefined}
      const to = matchFrom(pattern, 0, tokens, start, state)
      if (to === -1 || to <= index) return false
      const match = accept(rule, tokens, start, to, state, ruleSet)
      if (match === undefined) return false
      resumeAt.set(rule, to)
      matches.push(match)
      // Matched: later starts for this pattern would overlap it. Other patterns go on.
      return false
    })
  }
  return matches
}

function accept(rule: CompiledRule, tokens: Token[], from: number, to: number, state: State, ruleSet: CompiledRuleSet): Match | undefined {
  // Trim punctuation at the edges so the reported span starts and ends on words; marks narrow it.
  let first = state.markStart ?? from
  let last = (state.markEnd ?? to) - 1
  while (first < last && tokens[first]!.kind !== 'word') first++
  while (last > first && tokens[last]!.kind !== 'word') last--

  if (rule.except) {
    const words: string[] = []
    for (let index = first; index <= last; index++) if (tokens[index]!.kind === 'word') words.push(tokens[index]!.norm)
    if (rule.except.has(words.join(' '))) return undefined
  }
  if (rule.unlessAfter.some((context) => matchesAt(context, tokens, to))) return undefined
  if (rule.unlessBefore.some((context) => endsBefore(context, tokens, from))) return undefined

  // A mention cue in the few words before the match ("the word ...") makes it a mention.
  let seen = 0
  for (let index = from - 1; index >= 0 && seen < lookBehind; index--) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    seen++
    if (ruleSet.mention.has(token.norm)) return undefined
  }
  // A negation in the same clause before the match ("not all ...", "it is not true that ...")
  // negates it. Clauses, not word counts: a fix elsewhere must not move a match out of scope.
  if (rule.negatable) {
    for (let index = from - 1; index >= 0; index--) {
      const token = tokens[index]!
      if (token.kind === 'punct' && clauseBoundary.has(token.norm)) break
      if (token.kind === 'word' && isNegationAt(tokens, index, ruleSet.negation)) return undefined
    }
  }
  // "... the sink estate label is unfair", "Neger är ett ord som ...": a mention cue among the
  // first words after the match, in its clause (a closing quote may stand between).
  seen = 0
  for (let index = to; index < tokens.length && seen < lookAhead; index++) {
    const token = tokens[index]!
    if (token.kind === 'punct') {
      if (clauseBoundary.has(token.norm)) break
      continue
    }
    if (token.kind !== 'word') break
    seen++
    if (ruleSet.mention.has(token.norm)) return undefined
  }
  if (rule.negatable) {
    for (let index = from; index < to; index++) {
      const token = tokens[index]!
      if (token.kind === 'word' && isNegationAt(tokens, index, ruleSet.negation)) return undefined
    }
  }

  let context: MatchContext | undefined
  if (tokens[first]!.quoted && tokens[last]!.quoted) context = 'quote'
  else if (attributedBefore(tokens, from, ruleSet) || attributedAfter(tokens, to, ruleSet)) context = 'attribution'

  return {
    rule,
    from: first,
    to: last + 1,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    number: state.number,
    captures: state.captures ?? new Map(),
    context,
    compound: state.compound === true
  }
}

/** "The minister said (that) ...", "according to ...": a cue earlier in the sentence makes it reported speech. */
function attributedBefore(tokens: Token[], from: number, ruleSet: CompiledRuleSet): boolean {
  for (let index = 0; index < from; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || !ruleSet.attribution.next.has(token.norm)) continue
    let node: TrieNode | undefined = ruleSet.attribution
    for (let next = index; next < from && node; next++) {
      const inner = tokens[next]!
      if (inner.kind !== 'word') break
      node = node.next.get(inner.norm)
      if (node?.end && !authorsOwn(tokens, index, next + 1, ruleSet)) return true
    }
  }
  return false
}

/** Whether an attribution phrase ("said", "according to", "a déclaré") not in the author's own voice starts at token `index`. */
function attributionAt(tokens: Token[], index: number, ruleSet: CompiledRuleSet): boolean {
  let node: TrieNode | undefined = ruleSet.attribution
  for (let next = index; next < tokens.length && node; next++) {
    const token = tokens[next]!
    if (token.kind !== 'word') return false
    node = node.next.get(token.norm)
    if (node?.end && !authorsOwn(tokens, index, next + 1, ruleSet)) return true
  }
  return false
}

/**
 * Whether the cue at tokens [from, to) is the author speaking: a first-person subject one or two
 * words before it ("I said", "I have said", "j'ai dit", "jag anser") or a first-person word right
 * after it ("according to me", "sagte ich", "volgens mij", "enligt min mening"). Such a sentence
 * is the author's own claim, not someone else's words to report.
 */
function authorsOwn(tokens: Token[], from: number, to: number, ruleSet: CompiledRuleSet): boolean {
  const {firstPerson, firstPersonSubjects} = ruleSet
  const isWord = (token: Token | undefined, words: Set<string>) => token?.kind === 'word' && words.has(token.norm)
  if (isWord(tokens[to], firstPerson) || isWord(tokens[from - 1], firstPersonSubjects)) return true
  return tokens[from - 1]?.kind === 'word' && isWord(tokens[from - 2], firstPersonSubjects)
}

/**
 * "... are criminals, said the mayor." / "... ist vorbei, sagte der Bürgermeister": the rest of
 * the match's clause, then a comma, colon, dash or closing quote, then an attribution phrase in
 * the clause that follows. Clauses, not word counts, so that a fix elsewhere in the sentence
 * cannot change the verdict.
 */
function attributedAfter(tokens: Token[], to: number, ruleSet: CompiledRuleSet): boolean {
  let separated = false
  for (let index = to; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'punct') {
      if (/^[.!?;]$/.test(token.norm)) return false
      if (separated && token.norm === ',') return false
      if (token.norm === ',' || token.norm === ':' || /^[\p{Pf}\p{Pe}"'»«]$/u.test(token.norm) || token.norm === '\u2014' || token.norm === '\u2013') separated = true
      continue
    }
    if (token.kind !== 'word') return false
    if (separated && attributionAt(tokens, index, ruleSet)) return true
  }
  return false
}
