/**
 * The rule compiler: rule data -> an indexed rule set, built once per rule set and cached.
 * Phrases and lexicons become word tries with their inflected forms, patterns become element
 * lists, and one index is built: first word -> patterns, used by the matcher and the pre-scan.
 */
import type {Category, LexiconData, Phrase, RuleData, RuleFileData, RuleSet, RuleSetRule, Severity} from '../types.js'
import {morphologyFor, type GrammaticalNumber, type Morphology} from '../text/morphology.js'
import {hasInflection} from '../text/inflection.js'
import {phraseWords} from '../text/normalize.js'
import {parsePattern, type PatternPart} from './pattern.js'
import {RuleSetError} from './errors.js'

/** A node of a word trie; `ends` is set where a phrase ends. */
export interface TrieNode {
  next: Map<string, TrieNode>
  end: {number: GrammaticalNumber | undefined} | undefined
}

/** A trie over the letters of words read from their end (the heads of compounds). */
export interface SuffixNode {
  next: Map<string, SuffixNode>
  end: {number: GrammaticalNumber | undefined} | undefined
}

/**
 * One written word made of two parts (Migrantenflut, flygtningestrømmen): `firsts` holds the
 * first parts with their linking letters, `lasts` the last parts read backwards; `undefined`
 * on one side means "any letters, at least three" (a term rule's `compound: first | last`).
 */
export interface CompoundElement {
  kind: 'compound'
  firsts: Set<string> | undefined
  lasts: SuffixNode | undefined
  optional: boolean
  /** The first parts as a letter trie, when any last part will do: read without slicing the word. */
  prefixes?: PrefixNode
}

/** A trie over the letters of words read from their start. */
export interface PrefixNode {
  next: Map<string, PrefixNode>
  end: boolean
}

function prefixTrie(words: Iterable<string>): PrefixNode {
  const root: PrefixNode = {next: new Map(), end: false}
  for (const word of words) {
    let node = root
    for (const char of word) {
      let next = node.next.get(char)
      if (!next) node.next.set(char, (next = {next: new Map(), end: false}))
      node = next
    }
    node.end = true
  }
  return root
}

/** A compiled pattern element. */
export type Element =
  | {kind: 'words'; trie: TrieNode; optional: boolean; capture: string | undefined; first: Set<string>}
  | CompoundElement
  | {kind: 'punct'; chars: Set<string>; optional: boolean}
  | {kind: 'gap'; max: number}
  | {kind: 'mark'; side: 'start' | 'end'}

/** An alternative with its forms per number. */
export interface CompiledAlternative {
  text: string
  one: string
  many: string
  /** Normalised flagged words -> the replacement for exactly that form. */
  forms?: Map<string, string>
}

/** A compiled rule. */
export interface CompiledRule {
  id: string
  data: RuleSetRule
  category: Category
  severity: Severity
  patterns: Element[][]
  negatable: boolean
  unlessBefore: Element[][]
  unlessAfter: Element[][]
  alternatives: CompiledAlternative[]
  /** Normalised words of matches the rule never reports (`except`). */
  except: Set<string> | undefined
}

/** A pattern's place in the indexes. */
export interface PatternRef {
  rule: CompiledRule
  pattern: Element[]
  /** Tries of the pattern's required word elements: each must find a first word in the sentence. */
  required: TrieNode[]
  /** How many tokens optional elements before the head can take: the match may start that much earlier. */
  lead: number
}

/**
 * Patterns that begin with the same required word element (the same lexicon, say), dispatched
 * on the word that follows it: at a token, the shared element is matched once, and only the
 * patterns whose next element can start with the following word are tried.
 */
export interface PatternGroup {
  /** The shared first element; undefined for patterns tried one by one (optional or punctuation start). */
  head: Extract<Element, {kind: 'words'}> | undefined
  /** Following word -> patterns whose second element can start with it. */
  next: Map<string, PatternRef[]>
  /** Patterns whose second element is optional, a gap, punctuation, or absent: always tried. */
  always: PatternRef[]
}

/** An indexed rule set, ready for the matcher. */
export interface CompiledRuleSet {
  language: string
  rules: CompiledRule[]
  byId: Map<string, CompiledRule>
  /** First normalised word (or punctuation) of a match -> groups of patterns that can start there. */
  firstIndex: Map<string, PatternGroup[]>
  /** Patterns whose first required element is a compound, tried at every long enough word. */
  compoundHeads: Array<{head: CompoundElement; refs: PatternRef[]}>
  /** Every normalised word the patterns can match: joins that undo evasions must produce one. */
  vocabulary: Set<string>
  negation: Set<string>
  mention: Set<string>
  attribution: TrieNode
  /** First-person words (any form): an attribution cue followed by one ("according to me", "sagte ich") is the author's own voice. */
  firstPerson: Set<string>
  /** First-person subject pronouns: a cue one or two words after one ("I said", "j'ai dit") is the author's own voice. */
  firstPersonSubjects: Set<string>
  morphology: Morphology
}

/** Bound on the phrases one combined lexicon entry may expand to. */
const maxCombinations = 20_000

const cache = new WeakMap<object, CompiledRuleSet>()
const extrasCache = new WeakMap<object, WeakMap<object, CompiledRuleSet>>()

/**
 * Compile a rule set (plus extra rule sets of the same language), cached by identity so that
 * repeated checks reuse the index.
 */
export function compileRuleSet(base: RuleSet, extras: ReadonlyArray<RuleSet | RuleFileData> = []): CompiledRuleSet {
  if (extras.length === 0) {
    let compiled = cache.get(base)
    if (!compiled) {
      compiled = build(base.language, [base])
      cache.set(base, compiled)
    }
    return compiled
  }
  // Cache on the first extra set's identity when there is exactly one (the common case: an org glossary).
  if (extras.length === 1) {
    let inner = extrasCache.get(base)
    if (!inner) extrasCache.set(base, (inner = new WeakMap()))
    let compiled = inner.get(extras[0]!)
    if (!compiled) {
      compiled = build(base.language, [base, ...extras])
      inner.set(extras[0]!, compiled)
    }
    return compiled
  }
  return build(base.language, [base, ...extras])
}

function toRuleSet(value: RuleSet | RuleFileData): {lexicons: Record<string, LexiconData>; rules: RuleSetRule[]} {
  if (typeof value !== 'object' || value === null) throw new RuleSetError('a rule set must be an object')
  const topic = 'topic' in value && typeof value.topic === 'string' ? value.topic : 'custom'
  const rules = Array.isArray(value.rules) ? value.rules : []
  return {
    lexicons: value.lexicons && typeof value.lexicons === 'object' ? value.lexicons : {},
    rules: rules.map((rule: RuleData | RuleSetRule) => ('topic' in rule ? (rule as RuleSetRule) : {...rule, topic}))
  }
}

function build(language: string, sets: Array<RuleSet | RuleFileData>): CompiledRuleSet {
  const morphology = morphologyFor(language)
  const lexiconData = new Map<string, LexiconData>()
  const ruleList: RuleSetRule[] = []
  for (const set of sets) {
    if (set.language !== undefined && set.language !== language) {
      throw new RuleSetError(`rule set is for language "${set.language}", expected "${language}"`)
    }
    const {lexicons, rules} = toRuleSet(set)
    for (const name of Object.keys(lexicons)) {
      if (lexiconData.has(name)) throw new RuleSetError(`lexicon "${name}" is defined twice`)
      lexiconData.set(name, lexicons[name]!)
    }
    for (const rule of rules) ruleList.push(rule)
  }

  // Languages whose forms are generated from endings: `{one, many}` phrases get them too.
  const generated = hasInflection(language)
  const lexicons = new Lexicons(lexiconData, morphology, generated)
  const rules: CompiledRule[] = []
  const byId = new Map<string, CompiledRule>()
  for (const data of ruleList) {
    const rule = compileRule(data, lexicons, morphology, generated)
    if (byId.has(rule.id)) throw new RuleSetError('duplicate rule id', {ruleId: rule.id})
    byId.set(rule.id, rule)
    rules.push(rule)
  }

  const {firstIndex, compoundHeads} = indexPatterns(rules)
  const vocabulary = new Set<string>()
  // Many patterns share a lexicon's trie: walk each trie once.
  const walked = new Set<TrieNode>()
  for (const rule of rules) {
    for (const pattern of [...rule.patterns, ...rule.unlessBefore, ...rule.unlessAfter]) {
      for (const element of pattern) if (element.kind === 'words') collectWords(element.trie, vocabulary, walked)
    }
  }

  return {
    language,
    rules,
    byId,
    firstIndex,
    compoundHeads,
    vocabulary,
    negation: lexicons.wordSet('negation'),
    mention: lexicons.wordSet('mention'),
    attribution: lexicons.has('attribution') ? lexicons.trie(['attribution'], [], false) : emptyTrie(),
    firstPerson: new Set([...(lexicons.has('first-person') ? lexicons.wordSet('first-person') : []), ...(lexicons.has('first-person-subject') ? lexicons.wordSet('first-person-subject') : [])]),
    firstPersonSubjects: lexicons.has('first-person-subject') ? lexicons.wordSet('first-person-subject') : new Set(),
    morphology
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) {
    // The same pattern can be reached through several keys of one element; list it once per key.
    if (!list.includes(value)) list.push(value)
  } else map.set(key, [value])
}

function indexPatterns(rules: CompiledRule[]): {firstIndex: Map<string, PatternGroup[]>; compoundHeads: CompiledRuleSet['compoundHeads']} {
  const groups = new Map<object, PatternGroup>()
  const firstIndex = new Map<string, PatternGroup[]>()
  const compoundHeads = new Map<CompoundElement, PatternRef[]>()
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const required = pattern.flatMap((element) => (element.kind === 'words' && !element.optional ? [element.trie] : []))
      const elements = pattern.filter((element) => element.kind !== 'mark')
      // The head is the first required element; optional words before it ("[a|the]? tide of ...")
      // are matched by starting up to `lead` tokens earlier once the head is found.
      const headAt = elements.findIndex((element) => !('optional' in element) || !element.optional)
      const head = elements[headAt]
      const leading = elements.slice(0, headAt)
      const lead = leading.reduce((sum, element) => sum + (element.kind === 'words' ? trieDepth(element.trie) : element.kind === 'compound' ? 2 : 1), 0)
      if (head && head.kind === 'compound' && leading.every((element) => element.kind !== 'gap')) {
        const refs = compoundHeads.get(head) ?? []
        refs.push({rule, pattern, required, lead})
        compoundHeads.set(head, refs)
      } else if (head && head.kind === 'words' && leading.every((element) => element.kind !== 'gap')) {
        const ref: PatternRef = {rule, pattern, required, lead}
        let group = groups.get(head.trie)
        if (!group) {
          group = {head, next: new Map(), always: []}
          groups.set(head.trie, group)
          for (const key of head.first) push(firstIndex, key, group)
        }
        const second = elements[headAt + 1]
        if (second && second.kind === 'words' && !second.optional) for (const word of second.first) push(group.next, word, ref)
        else group.always.push(ref)
      } else {
        // Patterns that start with punctuation are tried one by one.
        const group: PatternGroup = {head: undefined, next: new Map(), always: [{rule, pattern, required, lead: 0}]}
        for (const key of firstKeys(pattern)) push(firstIndex, key, group)
      }
    }
  }
  return {firstIndex, compoundHeads: [...compoundHeads].map(([head, refs]) => ({head, refs}))}
}

function collectWords(trie: TrieNode, into: Set<string>, seen = new Set<TrieNode>()): void {
  if (seen.has(trie)) return
  seen.add(trie)
  for (const [word, next] of trie.next) {
    into.add(word)
    collectWords(next, into, seen)
  }
}

function trieDepth(trie: TrieNode): number {
  let depth = 0
  for (const next of trie.next.values()) depth = Math.max(depth, 1 + trieDepth(next))
  return depth
}

/** Keys under which a pattern is indexed: the first words of its leading optional elements and first required one. */
function firstKeys(pattern: Element[]): string[] {
  const keys: string[] = []
  for (const element of pattern) {
    if (element.kind === 'mark') continue
    if (element.kind === 'gap' || element.kind === 'compound') break
    if (element.kind === 'words') keys.push(...element.first)
    else keys.push(...element.chars)
    if (!element.optional) break
  }
  return keys
}

// Phrase ends carry only a number: three shared objects serve every trie.
const ends = {one: {number: 'one'}, many: {number: 'many'}, none: {number: undefined}} as const satisfies Record<string, {number: GrammaticalNumber | undefined}>

// Most trie nodes are leaves: they share one empty map until a word is added after them
// (a language's tries hold hundreds of thousands of nodes).
const noNext: ReadonlyMap<string, TrieNode> = new Map()

function emptyTrie(): TrieNode {
  return {next: noNext as Map<string, TrieNode>, end: undefined}
}

function addToTrie(trie: TrieNode, words: string[], number: GrammaticalNumber | undefined): void {
  if (words.length === 0) return
  let node = trie
  for (const word of words) {
    let next = node.next.get(word)
    if (!next) {
      if (node.next === noNext) node.next = new Map()
      node.next.set(word, (next = emptyTrie()))
    }
    node = next
  }
  // When a phrase is both singular and plural in different entries, keep it number-neutral.
  if (node.end && node.end.number !== number) node.end = ends.none
  else node.end ??= number === 'one' ? ends.one : number === 'many' ? ends.many : ends.none
}

/** Forms of a phrase with their number. */
function phraseForms(phrase: Phrase, morphology: Morphology, inflect: boolean, generated = false): Array<{text: string; number: GrammaticalNumber | undefined}> {
  if (typeof phrase === 'string') return inflect ? morphology.forms(phrase) : [{text: phrase, number: undefined}]
  if (typeof phrase === 'object' && phrase !== null && typeof phrase.one === 'string' && typeof phrase.many === 'string') {
    const forms: Array<{text: string; number: GrammaticalNumber | undefined}> = [
      {text: phrase.one, number: 'one'},
      {text: phrase.many, number: 'many'}
    ]
    // Languages with generated endings: the other forms of both ("Asylantin", "Asylantinnen") match too.
    if (generated && inflect) {
      // Forms of the plural stay plural (blattar -> blattarna); forms of the singular take the
      // number their ending suggests.
      for (const [base, number] of [[phrase.one, undefined], [phrase.many, 'many']] as const) {
        for (const form of morphology.forms(base)) {
          if (!forms.some((known) => known.text === form.text)) forms.push({text: form.text, number: number ?? form.number})
        }
      }
    }
    return forms
  }
  throw new Error(`a phrase must be a string or {one, many}, got ${JSON.stringify(phrase)}`)
}

/** Linking letters between the parts of a compound (Flüchtling-s-welle, Migrant-en-flut, flygtning-e-strøm). */
const linkingElements = ['', 's', 'n', 'en', 'e', 'er', 'es', 'ns']

/** First parts of compounds made from words: each with its linking letters, and without a final -e (invandrar-våg). */
function compoundFirsts(words: Iterable<string>, into = new Set<string>()): Set<string> {
  for (const word of words) {
    if (word.length < 2 || word.includes(' ')) continue
    for (const link of linkingElements) into.add(word + link)
    if (word.endsWith('e') && word.length > 3) into.add(word.slice(0, -1))
  }
  return into
}

/** Last parts of compounds: the words read backwards, with their number. */
function addSuffix(trie: SuffixNode, word: string, number: GrammaticalNumber | undefined): void {
  if (word.length < 2 || word.includes(' ')) return
  let node = trie
  for (let index = word.length - 1; index >= 0; index--) {
    const char = word[index]!
    let next = node.next.get(char)
    if (!next) node.next.set(char, (next = {next: new Map(), end: undefined}))
    node = next
  }
  if (node.end && node.end.number !== number) node.end = {number: undefined}
  else node.end ??= {number}
}

/** Lexicons of one rule set, expanded lazily (with cycle detection) into tries. */
class Lexicons {
  private readonly expanded = new Map<string, Array<{words: string[]; number: GrammaticalNumber | undefined}>>()
  private readonly tries = new Map<string, TrieNode>()
  private readonly expanding = new Set<string>()

  private readonly firsts = new Map<string, Set<string>>()
  private readonly lasts = new Map<string, SuffixNode>()

  constructor(
    private readonly data: Map<string, LexiconData>,
    private readonly morphology: Morphology,
    private readonly generated: boolean
  ) {}

  /** The lexicon's one-word entries as first parts of compounds. */
  compoundFirsts(name: string): Set<string> {
    let set = this.firsts.get(name)
    if (!set) this.firsts.set(name, (set = compoundFirsts(this.entries(name).filter((entry) => entry.words.length === 1).map((entry) => entry.words[0]!))))
    return set
  }

  /** The lexicon's one-word entries as last parts of compounds. */
  compoundLasts(name: string): SuffixNode {
    let trie = this.lasts.get(name)
    if (!trie) {
      trie = {next: new Map(), end: undefined}
      for (const entry of this.entries(name)) if (entry.words.length === 1) addSuffix(trie, entry.words[0]!, entry.number)
      this.lasts.set(name, trie)
    }
    return trie
  }

  has(name: string): boolean {
    return this.data.has(name)
  }

  entries(name: string): Array<{words: string[]; number: GrammaticalNumber | undefined}> {
    const done = this.expanded.get(name)
    if (done) return done
    const lexicon = this.data.get(name)
    if (!lexicon) throw new Error(`unknown lexicon "{${name}}"`)
    if (this.expanding.has(name)) throw new Error(`lexicon "{${name}}" includes itself`)
    if (!Array.isArray(lexicon.words) || lexicon.words.length === 0) throw new Error(`lexicon "{${name}}" has no words`)
    this.expanding.add(name)
    const result: Array<{words: string[]; number: GrammaticalNumber | undefined}> = []
    for (const entry of lexicon.words) {
      const reference = typeof entry === 'string' ? /^\{([a-z][a-z0-9-]*)\}$/.exec(entry.trim()) : null
      if (reference) {
        for (const item of this.entries(reference[1]!)) result.push(item)
        continue
      }
      if (typeof entry === 'string' && entry.includes('{')) {
        for (const item of this.combine(entry, name)) result.push(item)
        continue
      }
      for (const form of phraseForms(entry, this.morphology, lexicon.inflect === true, this.generated)) {
        result.push({words: phraseWords(form.text), number: form.number})
      }
    }
    this.expanding.delete(name)
    this.expanded.set(name, result)
    return result
  }

  /** "{origin-adjective} parents": every combination of the referenced lexicons and words. */
  private combine(entry: string, name: string): Array<{words: string[]; number: GrammaticalNumber | undefined}> {
    let combinations: Array<{words: string[]; number: GrammaticalNumber | undefined}> = [{words: [], number: undefined}]
    for (const part of entry.trim().split(/\s+/)) {
      const reference = /^\{([a-z][a-z0-9-]*)\}$/.exec(part)
      if (!reference && /[{}]/.test(part)) throw new Error(`bad lexicon reference "${part}" in lexicon "{${name}}"`)
      const options = reference ? this.entries(reference[1]!) : [{words: phraseWords(part), number: undefined}]
      const next: typeof combinations = []
      for (const combination of combinations) {
        for (const option of options) next.push({words: [...combination.words, ...option.words], number: option.number ?? combination.number})
      }
      if (next.length > maxCombinations) throw new Error(`"${entry}" in lexicon "{${name}}" expands to more than ${maxCombinations} phrases`)
      combinations = next
    }
    return combinations
  }

  wordSet(name: string): Set<string> {
    if (!this.has(name)) return new Set()
    return new Set(this.entries(name).map((entry) => entry.words.join(' ')))
  }

  trie(names: string[], phrases: string[], cacheable = true): TrieNode {
    const key = names.join('|')
    if (cacheable && phrases.length === 0 && this.tries.has(key)) return this.tries.get(key)!
    const trie = emptyTrie()
    for (const name of names) for (const entry of this.entries(name)) addToTrie(trie, entry.words, entry.number)
    for (const phrase of phrases) addToTrie(trie, phraseWords(phrase), undefined)
    if (cacheable && phrases.length === 0) this.tries.set(key, trie)
    return trie
  }
}

function compileElements(parts: PatternPart[], lexicons: Lexicons): Element[] {
  return parts.map((part): Element => {
    if (part.kind === 'gap' || part.kind === 'mark') return part
    if (part.kind === 'punct') return {kind: 'punct', chars: new Set(part.chars), optional: part.optional}
    if (part.kind === 'compound') {
      return {kind: 'compound', firsts: lexicons.compoundFirsts(part.first), lasts: lexicons.compoundLasts(part.last), optional: part.optional}
    }
    const trie = lexicons.trie(part.lexicons, part.alternatives)
    return {kind: 'words', trie, optional: part.optional, capture: part.capture, first: new Set(trie.next.keys())}
  })
}

const severities = new Set(['error', 'warning', 'info'])
// Categories that make a claim, which a negation takes back ("not all refugees are ..."). A label,
// slur or metaphor is used even in a negated sentence.
const claims = new Set(['generalisation', 'collective-blame', 'othering', 'irrelevant-attribute'])
/** Every category, in the order the documentation lists them. */
export const categoryOrder: readonly Category[] = [
  'term',
  'generalisation',
  'conflation',
  'metaphor',
  'othering',
  'collective-blame',
  'label',
  'slur',
  'irrelevant-attribute'
]
const categories = new Set<string>(categoryOrder)

function exceptions(list: unknown, morphology: Morphology, fail: (problem: string) => never): Set<string> | undefined {
  if (list === undefined) return undefined
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) return fail('"except" must be a list of words or phrases')
  const set = new Set<string>()
  for (const item of list as string[]) for (const form of morphology.forms(item)) set.add(phraseWords(form.text).join(' '))
  return set
}

function compileRule(data: RuleSetRule, lexicons: Lexicons, morphology: Morphology, generated: boolean): CompiledRule {
  const id = typeof data?.id === 'string' ? data.id : undefined
  const fail = (problem: string): never => {
    throw new RuleSetError(problem, {ruleId: id})
  }
  if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`rule id must be kebab-case, got ${JSON.stringify(data?.id)}`)
  if (!categories.has(data.category)) fail(`unknown category ${JSON.stringify(data.category)}`)
  if (!severities.has(data.severity)) fail(`unknown severity ${JSON.stringify(data.severity)}`)
  const hasTerms = Array.isArray(data.terms) && data.terms.length > 0
  const hasPatterns = Array.isArray(data.patterns) && data.patterns.length > 0
  if (hasTerms === hasPatterns) fail('a rule needs exactly one of a non-empty "terms" or "patterns" list')
  if (!Array.isArray(data.alternatives)) fail('"alternatives" must be a list (may be empty)')

  const inflect = data.inflect !== false
  let patterns: Element[][]
  try {
    if (hasTerms) {
      const trie = emptyTrie()
      const single: Array<{word: string; number: GrammaticalNumber | undefined}> = []
      for (const term of data.terms!) {
        for (const form of phraseForms(term, morphology, inflect, generated)) {
          const words = phraseWords(form.text)
          addToTrie(trie, words, form.number)
          if (words.length === 1) single.push({word: words[0]!, number: form.number})
        }
      }
      if (trie.next.size === 0) fail('"terms" has no words')
      patterns = [[{kind: 'words', trie, optional: false, capture: undefined, first: new Set(trie.next.keys())}]]
      if (data.compound !== undefined) {
        if (data.compound !== 'first' && data.compound !== 'last' && data.compound !== 'any') fail('"compound" must be first, last or any')
        if (single.length === 0) fail('"compound" needs at least one one-word term')
        // The term as a part of a longer word: Asylant-en-heim (first), Schein-asylant (last).
        if (data.compound !== 'last') {
          const firsts = compoundFirsts(single.map((form) => form.word))
          patterns.push([{kind: 'compound', firsts, lasts: undefined, optional: false, prefixes: prefixTrie(firsts)}])
        }
        if (data.compound !== 'first') {
          const lasts: SuffixNode = {next: new Map(), end: undefined}
          for (const form of single) addSuffix(lasts, form.word, form.number)
          patterns.push([{kind: 'compound', firsts: undefined, lasts, optional: false}])
        }
      }
    } else {
      patterns = data.patterns!.map((pattern) => {
        if (typeof pattern !== 'string') throw new Error('each pattern must be a string')
        return compileElements(parsePattern(pattern), lexicons)
      })
    }
  } catch (error) {
    if (error instanceof RuleSetError) throw error
    return fail(error instanceof Error ? error.message : String(error))
  }

  const contexts = (list: unknown, key: string): Element[][] => {
    if (list === undefined) return []
    if (!Array.isArray(list)) return fail(`"unless.${key}" must be a list`)
    try {
      return list.map((item) => compileElements(parsePattern(String(item), true), lexicons))
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error))
    }
  }

  const alternatives = data.alternatives.map((alternative): CompiledAlternative => {
    if (typeof alternative === 'string') {
      return {
        text: alternative,
        // Only term matches have a number; pattern alternatives are templates used as written.
        one: inflect && hasTerms ? morphology.inflect(alternative, 'one') : alternative,
        many: inflect && hasTerms ? morphology.inflect(alternative, 'many') : alternative
      }
    }
    if (alternative && typeof alternative.one === 'string' && typeof alternative.many === 'string') {
      const compiled: CompiledAlternative = {text: alternative.one, one: alternative.one, many: alternative.many}
      if (alternative.forms !== undefined) {
        if (typeof alternative.forms !== 'object' || alternative.forms === null) return fail('"forms" of an alternative must map flagged forms to replacements')
        compiled.forms = new Map()
        for (const [flagged, replacement] of Object.entries(alternative.forms)) {
          if (typeof replacement !== 'string') return fail(`the replacement for "${flagged}" must be a string`)
          compiled.forms.set(phraseWords(flagged).join(' '), replacement)
        }
      }
      return compiled
    }
    return fail(`an alternative must be a string or {one, many}`)
  })

  return {
    id: id!,
    data,
    category: data.category,
    severity: data.severity,
    patterns,
    negatable: data.negatable ?? (hasPatterns && claims.has(data.category)),
    unlessBefore: contexts(data.unless?.before, 'before'),
    unlessAfter: contexts(data.unless?.after, 'after'),
    alternatives,
    except: exceptions(data.except, morphology, fail)
  }
}
