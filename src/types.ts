/**
 * Shared types: the rule data format (as written in `rules/<lang>/*.yml`) and the public options.
 * This module holds types only.
 */

/** Languages with a shipped rule set. */
export type Language = 'en' | 'da' | 'de' | 'fr' | 'nl' | 'sv'

/** How bad a finding is. `info` findings are advice; `error` ones fail a lint step. */
export type Severity = 'error' | 'warning' | 'info'

/** The kind of problem a rule finds. */
export type Category =
  | 'term'
  | 'generalisation'
  | 'conflation'
  | 'metaphor'
  | 'othering'
  | 'collective-blame'
  | 'label'
  | 'slur'
  | 'irrelevant-attribute'

/** Input formats. */
export type Format = 'text' | 'markdown' | 'html'

/**
 * An alternative: a phrase, optionally with replacements for particular flagged forms
 * (`forms: {"den Asylanten": "den Asylsuchenden"}`), for languages whose case a number cannot give.
 */
export type Alternative = string | {one: string; many: string; forms?: Record<string, string>}

/** A phrase: either one string (inflected forms derived by the engine) or explicit forms per number. */
export type Phrase = string | {one: string; many: string}

/** A public source behind a rule. */
export interface SourceRef {
  title: string
  url: string
}

/** One rule, as written in a rule file. */
export interface RuleData {
  /** Stable kebab-case id, unique within the language. */
  id: string
  category: Category
  severity: Severity
  /** Fixed phrases (a term rule). Exactly one of `terms` and `patterns`. */
  terms?: Phrase[]
  /** Token patterns (a pattern rule), e.g. `[a|the]? tide of {group}`. */
  patterns?: string[]
  /** Whether term phrases get inflected forms derived (default true). */
  inflect?: boolean
  /**
   * Term rules in compounding languages (de, da, nl, sv): also match the terms as the first
   * part, the last part, or either part of a longer written word.
   */
  compound?: 'first' | 'last' | 'any'
  /** Words or phrases that contain a match but are fine ("Asylantrag" for "Asylant"); inflected forms included. */
  except?: string[]
  /** Neutral alternatives; the first is the suggested fix. Empty for advice-only rules. */
  alternatives: Alternative[]
  /** The first alternative may be applied automatically (a drop-in replacement). */
  safe?: boolean
  /** Why the wording is a problem, in the project's own words. */
  note: string
  /** Optional reason override; `{actual}` stands for the flagged text. */
  message?: string
  source: SourceRef | SourceRef[]
  /** Skip the finding when negated ("not all ..."). Default: true for patterns, false for terms. */
  negatable?: boolean
  /** Contexts in which the rule does not fire. */
  unless?: {before?: string[]; after?: string[]}
  examples: {
    flag: string[]
    pass: string[]
    fixes?: Array<{from: string; to: string}>
  }
}

/** A named word list. */
export interface LexiconData {
  /** Derive inflected forms of each entry (plural in English). */
  inflect?: boolean
  words: Phrase[]
}

/** One rule file (`rules/<lang>/<topic>.yml`). */
export interface RuleFileData {
  language: string
  topic: string
  lexicons?: Record<string, LexiconData>
  rules?: RuleData[]
}

/** A rule as it sits in a rule set: the data plus where it came from. */
export interface RuleSetRule extends RuleData {
  topic: string
}

/** A whole rule set for one language: what the build compiles from `rules/<lang>/`. */
export interface RuleSet {
  language: string
  lexicons: Record<string, LexiconData>
  rules: RuleSetRule[]
}

/** Per-rule severity override. */
export type RuleSetting = 'off' | Severity

/** Options shared by `check`, `checkSync` and the retext plugin. */
export interface StigmaOptions {
  /**
   * Language of the text (default `auto`). `auto` detects it: for the document, and for each
   * paragraph when the document mixes languages; HTML `lang` attributes and a Markdown
   * front-matter `lang` win over detection. A fixed language applies to the whole document.
   */
  language?: Language | 'auto'
  /** With `auto`: the language of texts too short to detect (default `en`). */
  fallbackLanguage?: Language
  /** Per-rule overrides: `{ 'illegal-immigrant': 'error', 'lone-wolf': 'off' }`. */
  rules?: Record<string, RuleSetting>
  /** Phrases (matched case-insensitively against the flagged text) or rule ids an organisation accepts. */
  allow?: string[]
  /** Extra rule sets (an organisation's glossary), in the format of the shipped ones. */
  ruleSets?: Array<RuleSet | RuleFileData>
  /**
   * Stop after this many findings in one document (default 10,000; `0` for no limit). The check
   * then ends with one more message, ruleId `max-findings` and severity error, at the first finding
   * not reported: the rest of the document was not checked.
   */
  maxFindings?: number
}

/** Options of `check` and `checkSync`. */
export interface CheckOptions extends StigmaOptions {
  /** Input format; default from the file's extension, else `markdown`. */
  format?: Format
}
