/**
 * stigma-aware: find stigmatising and generalising language about population groups, with
 * neutral alternatives and the public guidance behind each rule.
 *
 * @packageDocumentation
 */
import {unified, type Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {CheckOptions, Format, RuleSet} from './types.js'
import {allowList, compiledFor, findInTree} from './plugin.js'
import {prescannerFor, type Prescanner} from './match/prescan.js'
import {NlcstCollector, type NlParser} from './adapters/to-nlcst.js'
import {textToBlocks} from './adapters/text.js'
import {markdownToBlocks} from './adapters/markdown.js'
import {htmlToBlocks} from './adapters/html.js'
import {resolveLanguage} from './rulesets.js'
import {compileRuleSet, type CompiledRuleSet} from './rules/compile.js'

export type {
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
export {languages, shippedRuleSet} from './rulesets.js'
export {ruleUrl} from './report/message.js'

/** Guess the format from a file path's extension; Markdown when unknown. */
export function formatFromPath(path: string | undefined): Format {
  const extension = /\.([a-z]+)$/i.exec(path ?? '')?.[1]?.toLowerCase()
  if (extension === 'html' || extension === 'htm') return 'html'
  if (extension === 'txt' || extension === 'text') return 'text'
  return 'markdown'
}

function parserFor(language: string): NlParser {
  // Only English is parsed until the other languages land; they will use parse-latin/parse-dutch.
  void language
  return new ParseEnglish()
}

/** A unified parser that turns text, Markdown or HTML into a (sparse) nlcst tree with original positions. */
function stigmaParse(this: Processor, settings: {format: Format; ruleSet: CompiledRuleSet; prescan: boolean}) {
  const {format, ruleSet} = settings
  // eslint-disable-next-line unicorn/no-this-assignment
  const self = this as unknown as {parser: (document: string) => Root}
  self.parser = function (document: string): Root {
    const prescanner = settings.prescan ? prescannerFor(ruleSet) : everything
    const collector = new NlcstCollector(document, parserFor(ruleSet.language), prescanner, ruleSet.vocabulary)
    if (format === 'html') htmlToBlocks(document, collector)
    else if (format === 'text') textToBlocks(document, collector)
    else markdownToBlocks(document, collector, prescanner)
    return collector.root
  }
}

/** The retext plugin's transform, with an already compiled rule set. */
function stigmaFind(settings: {ruleSet: CompiledRuleSet; options: CheckOptions}) {
  const allow = allowList(settings.options.allow, settings.ruleSet)
  return (tree: Root, file: VFile) => {
    findInTree(tree, file, settings.ruleSet, settings.options, allow)
  }
}

// Lets every block through: the tests compare results with and without the pre-scan.
const everything = {mayMatch: () => true} as unknown as Prescanner

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
  const language = resolveLanguage(options.language)
  const format = options.format ?? formatFromPath(file.path)
  if (!formats.has(format)) throw new TypeError(`unsupported format "${String(format)}" (expected text, markdown or html)`)
  const ruleSet = base ? compileRuleSet(base, options.ruleSets ?? []) : compiledFor({...options, language})
  const processor = unified()
    .use(stigmaParse, {format, ruleSet, prescan: internals.prescan !== false})
    .use(stigmaFind, {ruleSet, options})
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  file.data.language = language
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
    /** The language whose rules were applied. */
    language: string
  }
}
