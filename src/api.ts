/**
 * The API shared by the entries (`stigma-aware` and `stigma-aware/core`): check, checkSync,
 * applyFixes, the retext plugin. The entries decide which rule sets and detector are loaded.
 */
import {unified, type Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import type {Root} from 'nlcst'
import type {CheckOptions, Format, Language, RuleSet} from './types.js'
import {maxFindingsOf, ParagraphFinder, RuleSets, untilLimit, withoutStackTraces} from './plugin.js'
import {NlcstCollector} from './adapters/to-nlcst.js'
import {LanguagePicker} from './adapters/languages.js'
import {textToBlocks} from './adapters/text.js'
import {declaredMarkdownLanguage, markdownToBlocks} from './adapters/markdown.js'
import {declaredHtmlLanguage, htmlToBlocks} from './adapters/html.js'
import {resolveLanguage, shippedRuleSet} from './rulesets.js'
import {applyDirectives} from './report/directives.js'
import type {StigmaMessage} from './report/message.js'

export type {
  Alternative,
  CheckOptions,
  Category,
  Format,
  Language,
  LexiconData,
  Phrase,
  RuleData,
  RuleFileData,
  RuleSet,
  RuleSetRule,
  RuleSetting,
  Severity,
  SourceRef,
  StigmaOptions
} from './types.js'
export type {StigmaMessage} from './report/message.js'
export type {FixableMessage, Edit} from './report/apply.js'
export {retextStigmaAware} from './plugin.js'
export type {RetextStigmaAwareOptions} from './plugin.js'
export {applyFixes, planFixes} from './report/apply.js'
export {RuleSetError} from './rules/errors.js'
export {languages, registerRuleSet, shippedLanguages, shippedRuleSet} from './rulesets.js'
export {detectLanguage} from './text/language.js'
export {defaultMaxFindings} from './plugin.js'
export {limitRuleId} from './report/message.js'
export {ruleUrl} from './report/message.js'
export {wordText} from './adapters/word.js'
export type {WordElement, WordText} from './adapters/word.js'

/** Guess the format from a file path's extension; Markdown when unknown. */
export function formatFromPath(path: string | undefined): Format {
  const extension = /\.([a-z]+)$/i.exec(path ?? '')?.[1]?.toLowerCase()
  if (extension === 'html' || extension === 'htm') return 'html'
  if (extension === 'txt' || extension === 'text') return 'text'
  return 'markdown'
}

interface ParseSettings {
  format: Format
  rules: RuleSets
  fixed: string | undefined
  fallback: string
  prescan: boolean
  options: CheckOptions
  /** Filled by the parser: the languages the document was read in. */
  picked?: LanguagePicker
}

/**
 * A unified parser that reads text, Markdown or HTML and matches each candidate paragraph as
 * soon as it is parsed (messages go to the file), so that no document's nlcst is held whole: a
 * document with tens of thousands of findings needs memory for its findings, not its trees.
 */
function stigmaParse(this: Processor, settings: ParseSettings) {
  const {format} = settings
  // eslint-disable-next-line unicorn/no-this-assignment
  const self = this as unknown as {parser: (document: string, file: VFile) => Root}
  self.parser = function (document: string, file: VFile): Root {
    const declared = format === 'html' ? declaredHtmlLanguage(document) : format === 'markdown' ? declaredMarkdownLanguage(document) : undefined
    // An element other than <html> with its own lang: the document mixes languages.
    const mixed = format === 'html' && /<(?!html\b)[a-z][a-z0-9-]*\s[^<>]*?\blang\s*=/i.test(document)
    const picker = new LanguagePicker(document, {fixed: settings.fixed, declared, fallback: settings.fallback, rules: settings.rules, prescan: settings.prescan, mixed})
    settings.picked = picker
    const finder = new ParagraphFinder(file, picker.documentLanguage, settings.rules, settings.options, true)
    const collector = new NlcstCollector(document, picker, (paragraph) => finder.paragraph(paragraph))
    withoutStackTraces(() =>
      untilLimit(() => {
        if (format === 'html') htmlToBlocks(document, collector)
        else if (format === 'text') textToBlocks(document, collector)
        else markdownToBlocks(document, collector)
      })
    )
    return collector.root
  }
}

const formats = new Set<Format>(['text', 'markdown', 'html'])

/**
 * Check a document synchronously.
 *
 * @param value The document: a string or a VFile (its path picks the format).
 * @param options Language, format, rule overrides, allow-list and extra rule sets.
 * @returns The file, with one message per finding in `file.messages` and the language used in `file.data.language`.
 *
 * @example
 * ```ts
 * const file = checkSync('A tide of asylum seekers is heading our way.', {format: 'text'})
 * file.messages[0].ruleId // 'water-metaphor-of-group' (for instance)
 * ```
 */
export function checkSync(value: Compatible, options: CheckOptions = {}): VFile {
  return checkWithRuleSet(value, options, undefined)
}

/**
 * Check against a given base rule set instead of the shipped one (used by the rule tests to run
 * the YAML as it is on disk). Not part of the public API.
 *
 * @internal
 */
export function checkWithRuleSet(value: Compatible, options: CheckOptions, base: RuleSet | undefined, internals: {prescan?: boolean} = {}): VFile {
  if (typeof value !== 'string' && !(value instanceof Uint8Array) && (typeof value !== 'object' || value === null)) {
    throw new TypeError(`check() expects a string, a Uint8Array or a VFile, got ${value === null ? 'null' : typeof value}`)
  }
  const file = value instanceof VFile ? value : new VFile(value)
  const fixed = base ? base.language : resolveLanguage(options.language)
  const fallback = resolveLanguage(options.fallbackLanguage) ?? 'en'
  const format = options.format ?? formatFromPath(file.path)
  if (!formats.has(format)) throw new TypeError(`unsupported format "${String(format)}" (expected text, markdown or html)`)
  maxFindingsOf(options.maxFindings)
  // A language asked for by name must have its rules: say so rather than find nothing.
  if (fixed && !base) shippedRuleSet(fixed as Language)
  const rules = new RuleSets(options, base)
  const settings: ParseSettings = {format, rules, fixed, fallback, prescan: internals.prescan !== false, options}
  const processor = unified().use(stigmaParse, settings)
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  // Inline controls (<!-- stigma-aware-disable ... -->) in Markdown and HTML.
  const kept = applyDirectives(String(file), format, file.messages as StigmaMessage[])
  if (kept.length !== file.messages.length) {
    // Element by element: spreading a hundred thousand messages into one call would overflow the stack.
    file.messages.length = 0
    for (const message of kept) file.messages.push(message)
  }
  file.data.language = settings.picked?.documentLanguage ?? fixed ?? fallback
  file.data.languages = [...(settings.picked?.used ?? [])].sort()
  return file
}

/**
 * Check a document. Same as `checkSync`, as a promise (for pipelines that may become asynchronous).
 */
export async function check(value: Compatible, options: CheckOptions = {}): Promise<VFile> {
  return checkSync(value, options)
}

declare module 'vfile' {
  interface DataMap {
    /** The document's language: the one given, declared or detected. */
    language: string
    /** Every language whose rules read some part of the document (check() only). */
    languages: string[]
  }
}
