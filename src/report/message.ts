/**
 * Match -> VFileMessage, following unified's conventions: `source`, `ruleId`, `place`, `actual`,
 * `expected`, `note`, `url`, `fatal`, plus this project's `category`, `fixable` and `context`.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Point} from 'unist'
import type {Category} from '../types.js'
import type {Match, MatchContext} from '../match/matcher.js'
import type {Token} from '../match/tokens.js'
import type {CompiledRule} from '../rules/compile.js'
import {matchCase} from './suggest.js'
import {isPlainSpan} from './apply.js'
import {limitReason, reasonFor} from './locale.js'

/** The `source` of every message. */
export const messageSource = 'stigma-aware'

/** Where rule documentation lives; a message's `url` is `${docsBase}/<lang>.md#<rule-id>`. */
export const docsBase = 'https://github.com/stigma-aware/stigma-aware/blob/main/docs/rules'

/** A stigma-aware message: a VFileMessage with this project's extra fields. */
export interface StigmaMessage extends VFileMessage {
  /** The rule's category; `limit` for the message that says the check stopped at `maxFindings`. */
  category: Category | 'limit'
  /** The first alternative may be applied automatically (`--fix`). */
  fixable: boolean
  /** Set when the finding was downgraded to info because it is quoted or attributed. */
  context?: MatchContext
  /** Language of the rule set that produced the message. */
  language: string
}

/** The documentation URL of a rule. */
export function ruleUrl(language: string, ruleId: string): string {
  return `${docsBase}/${language}.md#${ruleId}`
}

/** The alternatives for a match: number-aligned, templates filled, in the case of the flagged text. */
export function expectedFor(rule: CompiledRule, match: Match, tokens: Token[], source: string | undefined, actual: string): string[] {
  let sentenceStart = true
  for (let index = 0; index < match.from; index++) if (tokens[index]!.kind === 'word') sentenceStart = false
  let flagged: string | undefined
  return rule.alternatives.map((alternative) => {
    let value = match.number === 'many' ? alternative.many : match.number === 'one' ? alternative.one : alternative.text
    if (alternative.forms) {
      flagged ??= tokens
        .slice(match.from, match.to)
        .filter((token) => token.kind === 'word')
        .map((token) => token.norm)
        .join(' ')
      value = alternative.forms.get(flagged) ?? value
    }
    // An optional lexicon element that matched nothing leaves no trace in the suggestion.
    value = value.replace(/ ?\{([a-z][a-z0-9-]*)\}/g, (whole, name: string) => {
      const range = match.captures.get(name)
      if (!range) return ''
      const space = whole.startsWith(' ') ? ' ' : ''
      const start = tokens[range[0]]!.start.offset
      const end = tokens[range[1] - 1]!.end.offset
      if (source !== undefined && start !== undefined && end !== undefined) return space + source.slice(start, end)
      return (
        space +
        tokens
          .slice(range[0], range[1])
          .map((token) => token.norm)
          .join(' ')
      )
    })
    value = value.trim()
    return matchCase(value, actual, sentenceStart)
  })
}

/** Severity after user overrides and the quote/attribution downgrade; `off` drops the finding. */
export function effectiveSeverity(rule: CompiledRule, match: Match, overrides: Record<string, string> | undefined): 'off' | 'error' | 'warning' | 'info' {
  const setting = overrides?.[rule.id]
  let severity: 'off' | 'error' | 'warning' | 'info' = setting === 'off' || setting === 'error' || setting === 'warning' || setting === 'info' ? setting : rule.severity
  if (severity !== 'off' && match.context !== undefined) severity = 'info'
  return severity
}

// One note and URL string per rule, shared by all its messages: a document with tens of
// thousands of findings should not hold tens of thousands of copies.
const shared = new WeakMap<CompiledRule, {note: string; url: string}>()

function sharedText(rule: CompiledRule, language: string): {note: string; url: string} {
  let text = shared.get(rule)
  if (!text) shared.set(rule, (text = {note: rule.data.note.trim(), url: ruleUrl(language, rule.id)}))
  return text
}

/**
 * The reason and alternatives of the findings of one check, shared between findings that read
 * the same: a document that repeats a phrase thousands of times holds one copy of their strings.
 */
export class ReportTexts {
  private readonly reasons = new Map<string, {reason: string; expected: string[]}>()
  private readonly actuals = new Map<string, string>()

  /** One copy of each flagged text (short slices of the document are copies in V8). */
  actual(text: string): string {
    const known = this.actuals.get(text)
    if (known !== undefined) return known
    this.actuals.set(text, text)
    return text
  }

  /** The reason and alternatives for a finding, from the cache when an identical finding was seen. */
  get(language: string, rule: CompiledRule, words: string, expected: string[]): {reason: string; expected: string[]} {
    const key = `${language}\u0000${rule.id}\u0000${words}\u0000${expected.join('\u0000')}`
    let texts = this.reasons.get(key)
    if (!texts) this.reasons.set(key, (texts = {reason: reasonFor(language, rule, words, expected), expected}))
    // Each message gets its own array (a consumer may change it); the strings are shared.
    return {reason: texts.reason, expected: [...texts.expected]}
  }
}

/** The ruleId of the message that says a check stopped at `maxFindings`. */
export const limitRuleId = 'max-findings'

/** The message that ends a check stopped at `maxFindings`, placed at the first finding not reported. */
export function limitMessage(file: VFile, count: number, at: Point, language: string): StigmaMessage {
  const reason = limitReason(language, count)
  const message = file.message(reason, {place: {start: at, end: at}, ruleId: limitRuleId, source: messageSource}) as StigmaMessage
  message.fatal = true
  message.actual = ''
  message.expected = []
  message.category = 'limit'
  message.fixable = false
  message.language = language
  return message
}

/** Report one match on a file. */
export function report(
  file: VFile,
  match: Match,
  tokens: Token[],
  text: {actual: string; words: string},
  severity: 'error' | 'warning' | 'info',
  language: string,
  source: string | undefined,
  texts: ReportTexts = new ReportTexts()
): StigmaMessage {
  const {rule} = match
  const {actual, words} = text
  const {reason, expected} = texts.get(language, rule, words, expectedFor(rule, match, tokens, source, words))
  const message = file.message(reason, {
    place: {start: match.start, end: match.end},
    ruleId: rule.id,
    source: messageSource
  }) as StigmaMessage
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.actual = texts.actual(actual)
  message.expected = expected
  const shared = sharedText(rule, language)
  message.note = shared.note
  message.url = shared.url
  message.category = rule.category
  message.fixable = rule.data.safe === true && !match.compound && expected.length > 0 && match.context === undefined && isPlainSpan(actual)
  if (match.context) message.context = match.context
  message.language = language
  return message
}
