/**
 * The retext plugin: compile (cached) -> match every sentence -> report. Works on any nlcst
 * tree, in check()'s pipeline or in a user's own (remark-parse + remark-retext, say).
 */
import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {toString} from 'nlcst-to-string'
import {isLiteral} from 'nlcst-is-literal'
import {visit} from 'unist-util-visit'
import type {Language, RuleSet, StigmaOptions} from './types.js'
import {compileRuleSet, type CompiledRuleSet} from './rules/compile.js'
import {matchSentence, type Match} from './match/matcher.js'
import {paragraphTokens, type Token} from './match/tokens.js'
import {normalizeWord, phraseWords} from './text/normalize.js'
import {effectiveSeverity, limitMessage, report, ReportTexts, type StigmaMessage} from './report/message.js'
import {resolveLanguage, shippedLanguages, shippedRuleSet} from './rulesets.js'
import {detectLanguage} from './text/language.js'

/** Options of the retext plugin. */
export type RetextStigmaAwareOptions = StigmaOptions

/** A language's compiled rules with the allow-list normalised for it. */
export interface LanguageRules {
  ruleSet: CompiledRuleSet
  allow: AllowList
}

/**
 * The rules of each language a document uses, compiled on first use (compilation itself is
 * cached per rule set). Extra rule sets apply to their own language only.
 */
export class RuleSets {
  private readonly compiled = new Map<string, LanguageRules | undefined>()

  /**
   * @param options The check's options (rule overrides, allow-list, extra rule sets).
   * @param base A rule set used instead of the shipped one of its language (the rule tests).
   */
  constructor(
    private readonly options: StigmaOptions,
    private readonly base?: RuleSet
  ) {}

  /** Languages with rules: the base rule set's, or every shipped one. */
  get languages(): readonly string[] {
    return this.base ? [this.base.language] : shippedLanguages
  }

  /** The rules of a language; undefined when there are none. */
  get(language: string): LanguageRules | undefined {
    if (this.compiled.has(language)) return this.compiled.get(language)
    let rules: LanguageRules | undefined
    if (this.languages.includes(language)) {
      const extras = (this.options.ruleSets ?? []).filter((set) => ((set as {language?: string}).language ?? language) === language)
      const ruleSet = compileRuleSet(this.base ?? shippedRuleSet(language as Language), extras)
      rules = {ruleSet, allow: allowList(this.options.allow, ruleSet)}
    }
    this.compiled.set(language, rules)
    return rules
  }
}

/**
 * retext plugin that reports stigmatising and generalising language about population groups.
 *
 * @example
 * ```ts
 * import {retext} from 'retext'
 * import {retextStigmaAware} from 'stigma-aware'
 * const file = await retext().use(retextStigmaAware).process('Illegals were found in the lorry.')
 * ```
 */
export function retextStigmaAware(options: RetextStigmaAwareOptions = {}) {
  const fixed = resolveLanguage(options.language)
  const rules = new RuleSets(options)
  return function transformer(tree: Root, file: VFile): void {
    // `auto`: the tree's own language, from a sample of its text; English when too short to tell.
    const language = fixed ?? detectLanguage(toString(tree).slice(0, 4000), rules.languages) ?? options.fallbackLanguage ?? 'en'
    findInTree(tree, file, language, rules, options)
    file.data.language = language
  }
}

/** Allowed phrases and rule ids, normalised. */
export interface AllowList {
  phrases: Set<string>
  ruleIds: Set<string>
}

/** Normalise the `allow` option; an allowed phrase covers its inflected forms. */
export function allowList(allow: string[] | undefined, ruleSet: CompiledRuleSet): AllowList {
  const phrases = new Set<string>()
  const ruleIds = new Set<string>()
  for (const entry of allow ?? []) {
    if (typeof entry !== 'string') continue
    ruleIds.add(entry)
    for (const form of ruleSet.morphology.forms(entry)) phrases.add(phraseWords(form.text).join(' '))
  }
  return {phrases, ruleIds}
}

/**
 * Matches paragraphs one at a time and reports on a file. check() hands it each paragraph as soon
 * as it is parsed, so a document's nlcst never has to be held whole; the retext plugin walks a
 * tree with it. Each paragraph is matched with the rules of its own language
 * (`paragraph.data.language`, set by check()'s adapters) or of the default language.
 */
export class ParagraphFinder {
  readonly messages: StigmaMessage[] = []
  /** Set once `maxFindings` findings were reported: the rest of the document is not matched. */
  stopped = false
  private readonly source: string | undefined
  private readonly texts = new ReportTexts()
  private readonly maxFindings: number

  /**
   * @param file The file to report on.
   * @param language The language of paragraphs that do not name one.
   * @param rules The rules of each language.
   * @param options Rule overrides.
   * @param exact Whether positions point into the original (check()'s adapters) and can be trusted.
   */
  constructor(
    private readonly file: VFile,
    private readonly language: string,
    private readonly rules: RuleSets,
    private readonly options: StigmaOptions,
    private readonly exact: boolean
  ) {
    // String(file) decodes a Uint8Array value as UTF-8, as unified's parser saw it.
    this.source = typeof file.value === 'string' ? file.value : file.value ? String(file) : undefined
    this.maxFindings = maxFindingsOf(options.maxFindings)
  }

  /** Match one paragraph and report its findings. */
  paragraph(paragraph: Paragraph): void {
    if (this.stopped) return
    const {file, options, exact, source} = this
    const own = (paragraph.data as {language?: string} | undefined)?.language
    const found = this.rules.get(own ?? this.language)
    if (!found) return
    const {ruleSet, allow} = found
    for (const {sentence, tokens} of paragraphTokens(paragraph, ruleSet.language)) {
      if (!tokens.some((token) => token.kind === 'word')) continue
      for (const match of matchSentence(tokens, ruleSet)) {
        if (allow.ruleIds.has(match.rule.id)) continue
        const words = wordsText(match, tokens)
        if (allow.phrases.has(phraseWords(words).join(' '))) continue
        const actual = actualText(match, tokens, source, words, exact)
        // A single quoted or defined word ("the term `illegals`", "illegals: ...") is a mention.
        if (match.to - match.from === 1 && tokens[match.from]!.node.type === 'WordNode' && isLiteral(sentence, tokens[match.from]!.index)) {
          if (!tokens[match.from]!.quoted) continue
        }
        // A finding must point at text in the original; one whose place collapsed (a parser's
        // position could not be mapped) is not reported rather than reported in the wrong place.
        if (exact && (match.start.offset ?? 0) >= (match.end.offset ?? 0)) continue
        const severity = effectiveSeverity(match.rule, match, options.rules)
        if (severity === 'off') continue
        if (this.messages.length >= this.maxFindings) {
          this.messages.push(limitMessage(file, this.maxFindings, match.start, ruleSet.language))
          this.stopped = true
          throw new FindingLimitReached()
        }
        this.messages.push(report(file, match, tokens, {actual, words}, severity, ruleSet.language, source, this.texts))
      }
    }
  }
}

/** The default of the `maxFindings` option. */
export const defaultMaxFindings = 10_000

/** The `maxFindings` option as a number: a whole number of 1 or more, or Infinity for 0 (no limit). */
export function maxFindingsOf(value: number | undefined): number {
  if (value === undefined) return defaultMaxFindings
  if (value === 0 || value === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY
  if (!Number.isInteger(value) || value < 0) throw new TypeError(`maxFindings: expected a whole number of 0 (no limit) or more, got ${String(value)}`)
  return value
}

/** Thrown by a ParagraphFinder that reached `maxFindings`, to stop the parse; the check catches it. */
export class FindingLimitReached extends Error {}

/** Run `task`, ending early without error when the finder stopped at `maxFindings`. */
export function untilLimit(task: () => void): void {
  try {
    task()
  } catch (error) {
    if (!(error instanceof FindingLimitReached)) throw error
  }
}

/** Run `task` with stack traces off: messages are Errors, and a document with many findings costs far less without them. */
export function withoutStackTraces<T>(task: () => T): T {
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return task()
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
}

/** Match a whole nlcst tree and report on the file. */
export function findInTree(tree: Root, file: VFile, language: string, rules: RuleSets, options: StigmaOptions): StigmaMessage[] {
  const exact = (tree.data as {exactPositions?: boolean} | undefined)?.exactPositions === true
  const finder = new ParagraphFinder(file, language, rules, options, exact)
  withoutStackTraces(() => untilLimit(() => visit(tree, 'ParagraphNode', (paragraph: Paragraph) => finder.paragraph(paragraph))))
  return finder.messages
}

/** The flagged words as the parser read them (markup and entities resolved), for the reason sentence. */
function wordsText(match: Match, tokens: Token[]): string {
  const nodes: Token['node'][] = []
  for (const token of tokens.slice(match.from, match.to)) if (nodes.at(-1) !== token.node) nodes.push(token.node)
  return nodes
    .map((node) => toString(node))
    .join(' ')
    .replace(/ ([,.;:!?])/g, '$1')
}

/** The flagged text as written: the source slice when positions are trustworthy, else the words read. */
function actualText(match: Match, tokens: Token[], source: string | undefined, words: string, exact: boolean): string {
  const start = match.start.offset
  const end = match.end.offset
  if (source !== undefined && start !== undefined && end !== undefined && end <= source.length) {
    const slice = source.slice(start, end)
    if (exact) return slice
    // In a user's pipeline a bridge may have shifted positions; trust the slice only if it reads the same.
    const sliceWords = phraseWords(slice.replace(/<[^<>]*>/g, ' ').replace(/[^\p{L}\p{M}\p{N}'’\s-]+/gu, ' ')).join(' ')
    const tokenWords = tokens
      .slice(match.from, match.to)
      .filter((token) => token.kind === 'word')
      .map((token) => token.norm)
      .join(' ')
    if (sliceWords === tokenWords || normalizeWord(slice) === tokenWords) return slice
  }
  return words
}
