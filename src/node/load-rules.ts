/**
 * Node-only: read rule files (YAML or JSON), validate them against `rules/schema.json`, and
 * report any problem as one line naming the file, the line and the rule id. Rule files are data:
 * they are parsed, never executed or imported.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import {LineCounter, parseDocument} from 'yaml'
import type {RuleFileData, RuleSet} from '../types.js'
import {compileRuleSet} from '../rules/compile.js'
import {RuleSetError} from '../rules/errors.js'
import {jsonErrorAt} from './json-errors.js'
import {yamlNodeAt} from './yaml-position.js'

let validator: ValidateFunction | undefined

function schemaPath(): string {
  // Works from src/node (tests, scripts) and from dist (the package): rules/ sits at the package root.
  const here = fileURLToPath(new URL('.', import.meta.url))
  for (const candidate of [join(here, '../../rules/schema.json'), join(here, '../rules/schema.json')]) {
    try {
      readFileSync(candidate)
      return candidate
    } catch {
      // try the next place
    }
  }
  throw new Error('rules/schema.json not found next to the package')
}

function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({allErrors: false, strict: true, strictRequired: false})
    validator = ajv.compile(JSON.parse(readFileSync(schemaPath(), 'utf8')) as object)
  }
  return validator
}

/** Limit on a rule file's size: an enormous file is a mistake, not a glossary. */
export const maxRuleFileBytes = 2_000_000

/** Parse and validate one rule file's text. `file` names it in errors. */
export function parseRuleFile(text: string, file: string): RuleFileData {
  if (text.length > maxRuleFileBytes) throw new RuleSetError(`file is larger than ${maxRuleFileBytes} bytes`, {file})
  // A .json file is held to JSON (the YAML parser below, read for line numbers, accepts more).
  if (/\.json$/i.test(file)) {
    try {
      JSON.parse(text)
    } catch (error) {
      const {problem, line} = jsonErrorAt(text, error)
      throw new RuleSetError(`invalid JSON: ${problem}`, {file, line})
    }
  }
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, uniqueKeys: true, prettyErrors: false})
  const lineOf = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lineCounter.linePos(offset).line)
  if (document.errors.length > 0) {
    const error = document.errors[0]!
    const problem = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    throw new RuleSetError(`invalid YAML: ${problem}`, {file, line: lineOf(error.pos[0])})
  }
  let data: unknown
  try {
    // Aliases are capped: a "billion laughs" file must not expand into gigabytes.
    data = document.toJS({maxAliasCount: 100})
  } catch (error) {
    throw new RuleSetError(`invalid YAML: ${(error as Error).message.split('\n')[0]}`, {file})
  }
  const valid = validate()
  if (!valid(data)) {
    const error = mostSpecific(valid.errors ?? [])
    const path = error.instancePath.split('/').slice(1).map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    const extra = error.keyword === 'additionalProperties' ? [String(error.params['additionalProperty'])] : error.propertyName ? [error.propertyName] : []
    const node = yamlNodeAt(document.contents, [...path, ...extra])
    const ruleId = ruleIdAt(data, path)
    throw new RuleSetError(describe(error, path), {file, line: lineOf(node?.range?.[0]), ruleId})
  }
  return data as RuleFileData
}

function mostSpecific(errors: ErrorObject[]): ErrorObject {
  // The deepest error names the actual field; oneOf summaries come last.
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!
}

function describe(error: ErrorObject, path: string[]): string {
  const where = path.length > 0 ? `"${path.join('.')}"` : 'the file'
  if (error.propertyName !== undefined) return `bad name "${error.propertyName}" in ${where} (use lowercase kebab-case)`
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(error.params['additionalProperty'])}" in ${where}`
    case 'required':
      return `${where} is missing "${String(error.params['missingProperty'])}"`
    case 'enum':
      return `${where} must be one of ${(error.params['allowedValues'] as unknown[]).join(', ')}`
    case 'oneOf':
      return path.length === 2 && path[0] === 'rules' ? 'a rule needs exactly one of "terms" or "patterns"' : `${where} does not have a valid form`
    default:
      return `${where} ${error.message ?? 'is invalid'}`
  }
}

function ruleIdAt(data: unknown, path: string[]): string | undefined {
  if (path[0] !== 'rules' || path[1] === undefined) return undefined
  const rule = (data as {rules?: unknown[]}).rules?.[Number(path[1])] as {id?: unknown} | undefined
  return typeof rule?.id === 'string' ? rule.id : undefined
}

/** Read, validate and compile one rule file (an organisation's glossary, say). */
export function loadRuleFile(path: string, options: {base?: RuleSet} = {}): RuleFileData {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new RuleSetError(`cannot read rule file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {file: path})
  }
  // JSON is YAML: the same parser reads both, with line numbers.
  const data = parseRuleFile(text, path)
  checkCompiles(data, path, text, options.base)
  return data
}

/** Compile the file (with its base set, if any) to catch semantic errors, mapped to the rule's line. */
function checkCompiles(data: RuleFileData, file: string, text: string, base: RuleSet | undefined): void {
  try {
    if (base) compileRuleSet(base, [data])
    else compileRuleSet({language: data.language, lexicons: data.lexicons ?? {}, rules: (data.rules ?? []).map((rule) => ({...rule, topic: data.topic}))})
  } catch (error) {
    if (error instanceof RuleSetError) {
      const line = error.ruleId ? lineOfRule(text, error.ruleId) : undefined
      throw new RuleSetError(error.problem, {file, line, ruleId: error.ruleId})
    }
    throw error
  }
}

function lineOfRule(text: string, ruleId: string): number | undefined {
  const lines = text.split(/\r?\n/)
  const index = lines.findIndex((line) => new RegExp(`^\\s*-?\\s*"?id"?\\s*:\\s*["']?${ruleId}["']?\\s*,?$`).test(line))
  return index === -1 ? undefined : index + 1
}

/** Load every rule file of a language folder (`rules/en/`) into one rule set, in file-name order. */
export function loadRuleDirectory(directory: string, language = basename(directory)): {ruleSet: RuleSet; files: string[]} {
  const files = readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
  const ruleSet: RuleSet = {language, lexicons: {}, rules: []}
  const origin = new Map<string, {path: string; text: string}>()
  for (const name of files) {
    const path = join(directory, name)
    const text = readFileSync(path, 'utf8')
    const data = parseRuleFile(text, path)
    if (data.language !== language) throw new RuleSetError(`language "${data.language}" does not match the folder "${language}"`, {file: path, line: 1})
    for (const [lexicon, value] of Object.entries(data.lexicons ?? {})) {
      if (Object.hasOwn(ruleSet.lexicons, lexicon)) throw new RuleSetError(`lexicon "${lexicon}" is already defined in another file`, {file: path, line: lineOfKey(text, lexicon)})
      ruleSet.lexicons[lexicon] = value
    }
    for (const rule of data.rules ?? []) {
      if (origin.has(rule.id)) throw new RuleSetError('duplicate rule id (also in ' + origin.get(rule.id)!.path + ')', {file: path, line: lineOfRule(text, rule.id), ruleId: rule.id})
      origin.set(rule.id, {path, text})
      ruleSet.rules.push({...rule, topic: data.topic})
    }
  }
  // Lexicons may be used across files, so the set compiles as a whole; errors point at the rule's file.
  try {
    compileRuleSet(ruleSet)
  } catch (error) {
    if (error instanceof RuleSetError) {
      const where = error.ruleId ? origin.get(error.ruleId) : undefined
      throw new RuleSetError(error.problem, {file: where?.path ?? directory, line: where && error.ruleId ? lineOfRule(where.text, error.ruleId) : undefined, ruleId: error.ruleId})
    }
    throw error
  }
  return {ruleSet, files}
}

function lineOfKey(text: string, key: string): number | undefined {
  const index = text.split(/\r?\n/).findIndex((line) => new RegExp(`^\\s+"?${key}"?\\s*:`).test(line))
  return index === -1 ? undefined : index + 1
}
