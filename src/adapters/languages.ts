/**
 * Which language's rules and parser read each block of a document. A fixed `language` option
 * applies everywhere. With `auto`, a block's markup (HTML `lang`) decides first, then the
 * document's language: a front-matter `lang`, or else detection on samples of the text. When
 * the samples disagree the document is mixed, and each block long enough is detected on its own.
 */
import {ParseEnglish} from 'parse-english'
import type {RuleSets} from '../plugin.js'
import type {CompiledRuleSet} from '../rules/compile.js'
import {prescannerFor, type Prescanner} from '../match/prescan.js'
import {detectLanguage, minimumLetters, primaryLanguage} from '../text/language.js'
import type {NlParser} from './to-nlcst.js'

/** What reading a block in one language needs. */
export interface LanguageContext {
  language: string
  ruleSet: CompiledRuleSet
  parser: NlParser
  prescanner: Prescanner
}

/** How the picker chooses. */
export interface PickerSettings {
  /** A language given by the caller: used for every block. */
  fixed?: string | undefined
  /** The document's own declaration (front matter, `<html lang>`). */
  declared?: string | undefined
  /** Used when the text is too short to detect. */
  fallback: string
  /** The markup marks some parts with their own language (`<p lang="de">`): detect the rest block by block. */
  mixed?: boolean
  rules: RuleSets
  /** False lets every block through (the tests compare results with and without the pre-scan). */
  prescan: boolean
}

/** Natural-language parsers by language; English is built in, the entries register the others. */
const parsers = new Map<string, () => NlParser>([['en', () => new ParseEnglish()]])

/** Use `create` to parse text in `language` (parse-latin for da, de, fr, sv; parse-dutch for nl). */
export function registerParser(language: string, create: () => NlParser): void {
  parsers.set(language, create)
}

function parserFor(language: string): NlParser {
  const create = parsers.get(language)
  if (!create) throw new Error(`no natural-language parser registered for "${language}"`)
  return create()
}

// Lets every block through.
const everything = {mayMatch: () => true} as unknown as Prescanner

/** Size of each sample the document's language is detected on. */
const sampleSize = 3000

/** Markup that would only blur detection: tags, character references, code, link targets. */
const markup = /<[^<>]*>|&#?[a-z0-9]+;|`[^`\n]*`|\]\([^()\n]*\)|[#*_>|[\]()-]+/gi

/** Chooses the language of each block. */
export class LanguagePicker {
  /** The document's language (reported as `file.data.language`). */
  readonly documentLanguage: string
  /** Every language some block was read in. */
  readonly used = new Set<string>()
  private readonly mixed: boolean
  private readonly contexts = new Map<string, LanguageContext | undefined>()

  constructor(
    document: string,
    private readonly settings: PickerSettings
  ) {
    const {fixed, declared, fallback, rules} = settings
    const declaredLanguage = primaryLanguage(declared)
    if (fixed) {
      this.documentLanguage = fixed
      this.mixed = false
    } else {
      // Samples from the start, middle and end: a document that changes language shows it.
      const samples = [0, Math.floor(document.length / 2) - sampleSize / 2, document.length - sampleSize]
        .filter((start, index, all) => index === 0 || start > (all[index - 1] ?? 0) + sampleSize)
        .map((start) => detectLanguage(document.slice(Math.max(0, start), Math.max(0, start) + sampleSize).replace(markup, ' '), rules.languages))
      const found = samples.filter((language): language is string => language !== undefined)
      this.mixed = settings.mixed === true || new Set(found).size > 1
      const detected = mostFrequent(found)
      this.documentLanguage = declaredLanguage && rules.languages.includes(declaredLanguage) ? declaredLanguage : (detected ?? fallback)
    }
  }

  /** The context of a language; undefined when it has no rules. */
  context(language: string): LanguageContext | undefined {
    if (this.contexts.has(language)) return this.contexts.get(language)
    const rules = this.settings.rules.get(language)
    const context = rules && {
      language,
      ruleSet: rules.ruleSet,
      parser: parserFor(language),
      prescanner: this.settings.prescan ? prescannerFor(rules.ruleSet) : everything
    }
    this.contexts.set(language, context)
    return context
  }

  /** The language to read a block in (`hint`: its `lang` markup); undefined to skip it (a language without rules). */
  forBlock(text: string, hint?: string): LanguageContext | undefined {
    let language = this.documentLanguage
    if (!this.settings.fixed) {
      const marked = primaryLanguage(hint)
      if (marked) language = marked
      else if (this.mixed && text.length >= minimumLetters) language = detectLanguage(text, this.settings.rules.languages) ?? this.documentLanguage
    }
    const context = this.context(language)
    if (context) this.used.add(language)
    return context
  }

  /** Whether a range may hold a match in a language the document can be read in (the Markdown chunk pre-filter). */
  mayMatch(text: string, start: number, end: number): boolean {
    if (this.settings.fixed || !this.mixed) return this.context(this.documentLanguage)?.prescanner.mayMatch(text, start, end) ?? true
    return this.settings.rules.languages.some((language) => this.context(language)?.prescanner.mayMatch(text, start, end) ?? false)
  }
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | undefined
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value
  return best
}
