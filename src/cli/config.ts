/**
 * Configuration files: discovery from the checked file upwards, parsing with line numbers,
 * validation (ajv for the shape; rule ids and languages against the rule sets), cascading
 * (nearest file wins per key, `rules` merged) and presets.
 *
 * unified-engine finds and loads config files too, but it stops at the nearest one, imports
 * `.js` configs (code from the checked tree would run) and drops source positions; docs/cli.md
 * says more. Everything here is synchronous and cached per directory.
 */
import {readFileSync, statSync} from 'node:fs'
import {basename, dirname, extname, join, resolve} from 'node:path'
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import {LineCounter, parseDocument} from 'yaml'
import {RuleSetError, languages, shippedRuleSet, type CheckOptions, type Language, type RuleFileData, type RuleSetRule, type RuleSetting} from '../index.js'
import {jsonErrorAt, loadRuleFile, parseRuleFile, yamlNodeAt} from '../node.js'
import {CliError, ConfigError, describeCode, displayPath, errorCode} from './errors.js'
import {presetNames, presetRules, type PresetName} from './presets.js'
import {baseRules, shippedLanguages} from './catalog.js'

/** The name of the rc files and of the `package.json` key. */
export const configName = 'stigma-aware'

/** Files looked for in each directory, in this order; the first one found is that directory's config. */
export const configFileNames = [`.${configName}rc`, `.${configName}rc.json`, `.${configName}rc.yml`, `.${configName}rc.yaml`, 'package.json'] as const

/** A configuration file's content, once valid. */
export interface ConfigData {
  /** Stop looking for configuration in parent directories. */
  root?: boolean
  extends?: PresetName
  language?: Language | 'auto'
  rules?: Record<string, RuleSetting>
  allow?: string[]
  /** Extra rule files (an organisation's glossary), relative to the configuration file. */
  ruleFiles?: string[]
  /** Stop checking a file after this many findings (0: no limit). */
  maxFindings?: number
}

/** A parsed, valid configuration file. */
export interface LoadedConfig {
  /** Absolute path. */
  path: string
  data: ConfigData
  /** The line of the value (or, with `key`, of the key) at a path of keys: `['rules', 'lone-wolf']`. */
  line(path: readonly string[], key?: boolean): number | undefined
}

const severities = ['off', 'info', 'warning', 'error'] as const

/**
 * The JSON Schema of a configuration file (also published as docs/config.schema.json, for
 * editors that complete and check `.stigma-awarerc` files; a test keeps the two equal).
 */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/stigma-aware/stigma-aware/docs/config.schema.json',
  title: 'stigma-aware configuration (.stigma-awarerc, .stigma-awarerc.json, .stigma-awarerc.yml or the "stigma-aware" key of package.json)',
  type: 'object',
  additionalProperties: false,
  properties: {
    root: {description: 'Stop looking for configuration files in parent folders.', type: 'boolean'},
    extends: {description: 'A preset: recommended (every rule at its own severity, the default) or strict (advice rules raised to warning).', enum: [...presetNames]},
    language: {description: 'The documents\' language, or auto (the default: declared or detected).', enum: [...languages, 'auto']},
    rules: {description: 'Severity per rule id: off, info, warning or error. Merged over the files above.', type: 'object', additionalProperties: {enum: [...severities]}},
    allow: {description: 'Phrases (any inflected form) or rule ids your organisation accepts.', type: 'array', items: {type: 'string', minLength: 1}},
    ruleFiles: {description: 'Extra rule files (YAML or JSON, your glossary), relative to this file.', type: 'array', items: {type: 'string', minLength: 1}},
    maxFindings: {description: 'Stop checking a file after this many findings (default 10000; 0 for no limit).', type: 'integer', minimum: 0}
  } satisfies Record<keyof ConfigData, object>
} as const

let validator: ValidateFunction | undefined

function validate(): ValidateFunction {
  validator ??= new Ajv({allErrors: false, strict: true}).compile(configSchema)
  return validator
}

/**
 * Parse and validate a configuration file's text.
 *
 * @param text The file's content.
 * @param path Its path (absolute); the name decides JSON or YAML, and `package.json` is read for its key.
 * @returns The configuration, or undefined for a `package.json` without a `stigma-aware` key.
 * @throws ConfigError naming the file and line of the first problem.
 */
export function parseConfig(text: string, path: string): LoadedConfig | undefined {
  const name = basename(path)
  const isPackage = name === 'package.json'
  const json = isPackage || extname(name) === '.json' || (!/\.ya?ml$/.test(name) && /^\s*\{/.test(text))
  const lineCounter = new LineCounter()
  const lineOf = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lineCounter.linePos(offset).line)
  if (json) {
    // JSON.parse first: the YAML parser below (read for node positions) accepts more than JSON, trailing commas say.
    try {
      JSON.parse(text)
    } catch (error) {
      const {problem, line} = jsonErrorAt(text, error)
      throw new ConfigError(`invalid JSON: ${problem}`, {file: path, line})
    }
  }
  const document = parseDocument(text, {lineCounter, uniqueKeys: true, prettyErrors: false})
  if (document.errors.length > 0) {
    const error = document.errors[0]!
    const problem = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(`invalid ${json ? 'JSON' : 'YAML'}: ${problem}`, {file: path, line: lineOf(error.pos[0])})
  }
  let data: unknown
  try {
    data = document.toJS({maxAliasCount: 100})
  } catch (error) {
    throw new ConfigError(`invalid YAML: ${(error as Error).message.split('\n')[0]}`, {file: path})
  }
  const prefix: string[] = []
  if (isPackage) {
    if (typeof data !== 'object' || data === null || !Object.hasOwn(data, configName)) return undefined
    data = (data as Record<string, unknown>)[configName]
    prefix.push(configName)
  }
  // An empty YAML file is an empty configuration.
  if (data === null || data === undefined) data = {}
  const line = (keys: readonly string[], key = false): number | undefined => {
    const node = yamlNodeAt(document.contents, [...prefix, ...keys], key)
    return lineOf(node?.range?.[0])
  }
  const valid = validate()
  if (!valid(data)) {
    const error = (valid.errors ?? [])[0]!
    const keys = error.instancePath.split('/').slice(1).map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    const extra = error.keyword === 'additionalProperties' ? String(error.params['additionalProperty']) : undefined
    throw new ConfigError(describe(error, keys, data), {file: path, line: extra === undefined ? line(keys) : line([...keys, extra], true)})
  }
  return {path, data: data as ConfigData, line}
}

function describe(error: ErrorObject, keys: string[], data: unknown): string {
  const where = keys.length > 0 ? `"${keys.join('.')}"` : 'the configuration'
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(error.params['additionalProperty'])}" (expected ${Object.keys(configSchema.properties).join(', ')})`
    case 'enum': {
      const allowed = (error.params['allowedValues'] as unknown[]).map(String)
      if (keys.length === 1 && keys[0] === 'language') {
        return `unknown language "${String((data as {language?: unknown}).language)}" (expected one of ${allowed.join(', ')})`
      }
      return `${where} must be one of ${allowed.join(', ')}`
    }
    default:
      return `${where} ${error.message ?? 'is invalid'}`
  }
}


/** Read a configuration file; undefined when there is none at that path (or a package.json without the key). */
function readConfig(path: string, required: boolean): LoadedConfig | undefined {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = errorCode(error) ?? 'EIO'
    if (!required && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')) return undefined
    throw new ConfigError(`cannot read configuration: ${describeCode(code)}`, {file: path})
  }
  const loaded = parseConfig(text, path)
  if (!loaded && required) throw new ConfigError(`no "${configName}" key`, {file: path})
  return loaded
}

/** Command-line settings that take part in resolving options. */
export interface ResolverSettings {
  cwd: string
  /** `--config`: use this file only, for every checked file. */
  configPath?: string | undefined
  /** False with `--no-config`. */
  detect: boolean
  /** `--language` (already checked). */
  language?: Language | 'auto' | undefined
  /** `--rule` settings; ids are checked against the rules in force for each file. */
  rules: Record<string, RuleSetting>
  /** `--max-findings`. */
  maxFindings?: number | undefined
}

/** The options for checking one file, and where they came from. */
export interface ResolvedOptions {
  options: CheckOptions
  /** Extra rule files loaded (absolute path and data). */
  ruleFiles: Array<{path: string; data: RuleFileData}>
}

/** Resolves the options of each checked file from configuration files and the command line. */
export class ConfigResolver {
  private readonly settings: ResolverSettings
  private readonly chains = new Map<string, LoadedConfig[]>()
  private readonly resolved = new Map<string, ResolvedOptions | CliError>()
  private readonly ruleFileCache = new Map<string, RuleFileData>()
  private explicit: LoadedConfig[] | undefined

  constructor(settings: ResolverSettings) {
    this.settings = settings
  }

  /**
   * The options for a file.
   *
   * @param filePath The checked file (absolute, or relative to the working directory).
   * @throws CliError (exit code 2) for a bad configuration, rule file, or `--rule` id.
   */
  resolve(filePath: string): ResolvedOptions {
    const chain = this.chainFor(dirname(resolve(this.settings.cwd, filePath)))
    // Files under the same configuration files share one result (and one compiled rule set).
    const key = chain.map((config) => config.path).join('\0')
    let result = this.resolved.get(key)
    if (!result) {
      try {
        result = this.merge(chain)
      } catch (error) {
        if (!(error instanceof CliError)) throw error
        result = error
      }
      this.resolved.set(key, result)
    }
    if (result instanceof CliError) throw result
    return result
  }

  /** The options for files in a directory (used by `--explain` and `--list-rules` for the working directory). */
  forDirectory(directory: string): ResolvedOptions {
    return this.resolve(join(directory, 'stdin'))
  }

  /** Configuration files for a directory, nearest first. */
  private chainFor(directory: string): LoadedConfig[] {
    if (!this.settings.detect) return []
    if (this.settings.configPath !== undefined) {
      this.explicit ??= [readConfig(resolve(this.settings.cwd, this.settings.configPath), true)!]
      return this.explicit
    }
    let chain = this.chains.get(directory)
    if (chain) return chain
    let found: LoadedConfig | undefined
    for (const name of configFileNames) {
      found = readConfig(join(directory, name), false)
      if (found) break
    }
    const parent = dirname(directory)
    const above = found?.data.root === true || parent === directory ? [] : this.chainFor(parent)
    chain = found ? [found, ...above] : above
    this.chains.set(directory, chain)
    return chain
  }

  /** Merge a chain of configurations (nearest wins per key, `rules` merged) with the command line. */
  private merge(chain: LoadedConfig[]): ResolvedOptions {
    const farthestFirst = [...chain].reverse()
    // The nearest file that sets a key, and its value.
    const pick = <K extends keyof ConfigData>(key: K): {value: NonNullable<ConfigData[K]>; config: LoadedConfig} | undefined => {
      for (const config of chain) {
        const value = config.data[key]
        if (value !== undefined) return {value: value as NonNullable<ConfigData[K]>, config}
      }
      return undefined
    }

    const languageSetting = pick('language')
    const language = this.settings.language ?? languageSetting?.value ?? 'auto'
    let base: RuleSetRule[]
    try {
      base = baseRules(language)
    } catch (error) {
      // A language the library knows but ships no rules for yet (--language was checked already).
      if (!(error instanceof RuleSetError) || !languageSetting) throw error
      throw new ConfigError(error.problem, {file: languageSetting.config.path, line: languageSetting.config.line(['language'])})
    }

    const ruleFiles: Array<{path: string; data: RuleFileData}> = []
    const files = pick('ruleFiles')
    for (const [index, entry] of (files?.value ?? []).entries()) {
      const config = files!.config
      const path = resolve(dirname(config.path), entry)
      ruleFiles.push({path, data: this.loadRuleFile(path, entry, language, config, ['ruleFiles', String(index)])})
    }

    const known = new Set([...base.map((rule) => rule.id), ...ruleFiles.flatMap((file) => (file.data.rules ?? []).map((rule) => rule.id))])
    const configured: Record<string, RuleSetting> = {}
    for (const config of farthestFirst) {
      for (const [id, setting] of Object.entries(config.data.rules ?? {})) {
        if (!known.has(id)) throw new ConfigError(`unknown rule "${id}" for language ${languageLabel(language)} (see --list-rules)`, {file: config.path, line: config.line(['rules', id], true)})
        configured[id] = setting
      }
    }
    for (const id of Object.keys(this.settings.rules)) {
      if (!known.has(id)) throw new CliError(`--rule: unknown rule "${id}" for language ${languageLabel(language)} (see --list-rules)`)
    }

    const preset = pick('extends')?.value ?? 'recommended'
    const extraRules = ruleFiles.flatMap((file) => file.data.rules ?? [])
    const rules = {...presetRules(preset, [...base, ...extraRules]), ...configured, ...this.settings.rules}
    const options: CheckOptions = {language, rules}
    const allow = pick('allow')?.value
    if (allow) options.allow = allow
    const maxFindings = this.settings.maxFindings ?? pick('maxFindings')?.value
    if (maxFindings !== undefined) options.maxFindings = maxFindings
    if (ruleFiles.length > 0) options.ruleSets = ruleFiles.map((file) => file.data)
    return {options, ruleFiles}
  }

  /** Load (once) a rule file named by a configuration, with errors that point at the right line. */
  private loadRuleFile(path: string, entry: string, language: Language | 'auto', config: LoadedConfig, keys: string[]): RuleFileData {
    let data = this.ruleFileCache.get(path)
    if (!data) {
      try {
        if (!statSync(path).isFile()) throw Object.assign(new Error('not a file'), {code: 'EISDIR'})
      } catch (error) {
        throw new ConfigError(`rule file "${entry}": ${describeCode(errorCode(error) ?? 'EIO')}`, {file: config.path, line: config.line(keys)})
      }
      const shown = displayPath(path, this.settings.cwd)
      try {
        // Glossaries may use the shipped lexicons of their language ({group}, ...), so compile them with it.
        const own = parseRuleFile(readFileSync(path, 'utf8'), shown)
        const shipped = shippedLanguages().includes(own.language as Language) ? {base: shippedRuleSet(own.language as Language)} : {}
        data = loadRuleFile(shown, shipped)
      } catch (error) {
        if (error instanceof RuleSetError) throw new CliError(error.message)
        throw error
      }
      this.ruleFileCache.set(path, data)
    }
    if (language !== 'auto' && data.language !== language) {
      throw new ConfigError(`rule file "${entry}" is for language "${data.language}", but the language is "${language}"`, {file: config.path, line: config.line(keys)})
    }
    return data
  }
}

function languageLabel(language: Language | 'auto'): string {
  return language === 'auto' ? `auto (${shippedLanguages().join(', ')})` : language
}
