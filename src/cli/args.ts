/**
 * Command-line arguments, read with Node's `util.parseArgs` and checked before anything runs:
 * every mistake here is a usage error (exit code 2) with one line saying what is wrong.
 */
import {parseArgs} from 'node:util'
import type {Language, RuleSetting} from '../index.js'
import {CliError} from './errors.js'
import {kindOf} from './kinds.js'

/** Output formats. */
export const formats = ['stylish', 'json', 'sarif', 'github'] as const

/** An output format. */
export type OutputFormat = (typeof formats)[number]

/** The command line, checked. */
export interface CliArguments {
  inputs: string[]
  stdin: boolean
  stdinFilename?: string | undefined
  /** `--language`, not yet checked (checking it needs the rule sets; see `checkLanguage`). */
  language?: string | undefined
  format: OutputFormat
  quiet: boolean
  maxWarnings?: number | undefined
  /** `--max-findings`: stop checking a file after this many findings (0: no limit). */
  maxFindings?: number | undefined
  config?: string | undefined
  noConfig: boolean
  ignorePath?: string | undefined
  rules: Record<string, RuleSetting>
  explain?: string | undefined
  listRules: boolean
  fix: 'write' | 'dry-run' | undefined
  /** `--color` / `--no-color`; undefined to decide from the environment. */
  color?: boolean | undefined
  version: boolean
  help: boolean
}

const options = {
  language: {type: 'string', short: 'l'},
  format: {type: 'string', short: 'f'},
  quiet: {type: 'boolean', short: 'q'},
  'max-warnings': {type: 'string'},
  'max-findings': {type: 'string'},
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  'ignore-path': {type: 'string'},
  rule: {type: 'string', short: 'r', multiple: true},
  explain: {type: 'string'},
  'list-rules': {type: 'boolean'},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  'stdin-filename': {type: 'string'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  version: {type: 'boolean', short: 'v'},
  help: {type: 'boolean', short: 'h'}
} as const

const severities = new Set(['off', 'info', 'warning', 'error'])

/**
 * Parse and check the arguments.
 *
 * @param argv The arguments after the program name.
 * @throws CliError for any usage mistake.
 */
export function parseArguments(argv: string[]): CliArguments {
  let values: ReturnType<typeof parse>['values']
  let positionals: string[]
  try {
    ;({values, positionals} = parse(argv))
  } catch (error) {
    // parseArgs's messages are one line; drop its advice about '--' which does not apply here.
    const message = (error as Error).message.split('. To specify')[0]!.replace(/\.$/, '')
    throw new CliError(`${message} (see --help)`)
  }

  const format = values.format ?? 'stylish'
  if (!(formats as readonly string[]).includes(format)) throw new CliError(`--format: unknown format "${format}" (expected ${formats.join(', ')})`)


  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new CliError(`--max-warnings: expected a whole number of 0 or more, got "${values['max-warnings']}"`)
    maxWarnings = Number(values['max-warnings'])
  }
  let maxFindings: number | undefined
  if (values['max-findings'] !== undefined) {
    if (!/^\d{1,15}$/.test(values['max-findings'])) throw new CliError(`--max-findings: expected a whole number of 0 (no limit) or more, got "${values['max-findings']}"`)
    maxFindings = Number(values['max-findings'])
  }

  const rules: Record<string, RuleSetting> = {}
  for (const setting of values.rule ?? []) {
    const separator = setting.lastIndexOf(':')
    const id = setting.slice(0, separator).trim()
    const severity = setting.slice(separator + 1).trim()
    if (separator <= 0 || !id || !severities.has(severity)) throw new CliError(`--rule: expected <rule-id>:<off|info|warning|error>, got "${setting}"`)
    rules[id] = severity as RuleSetting
  }

  if (values.fix && values['fix-dry-run']) throw new CliError('--fix and --fix-dry-run cannot be used together')
  if (values.config !== undefined && values['no-config']) throw new CliError('--config and --no-config cannot be used together')
  if (values.color && values['no-color']) throw new CliError('--color and --no-color cannot be used together')

  const dash = positionals.includes('-')
  const inputs = positionals.filter((input) => input !== '-')
  if (dash && inputs.length > 0) throw new CliError('standard input (-) cannot be combined with files')
  const stdin = inputs.length === 0
  const stdinFilename = values['stdin-filename']
  if (stdinFilename !== undefined) {
    if (!stdin) throw new CliError('--stdin-filename applies to standard input only, not to files')
    if (kindOf(stdinFilename) === 'docx') throw new CliError('--stdin-filename: Word documents cannot be read from standard input; pass the file instead')
  }

  return {
    inputs,
    stdin,
    stdinFilename,
    language: values.language,
    format: format as OutputFormat,
    quiet: values.quiet ?? false,
    maxWarnings,
    maxFindings,
    config: values.config,
    noConfig: values['no-config'] ?? false,
    ignorePath: values['ignore-path'],
    rules,
    explain: values.explain,
    listRules: values['list-rules'] ?? false,
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
    color: values['no-color'] ? false : values.color ? true : undefined,
    version: values.version ?? false,
    help: values.help ?? false
  }
}

function parse(argv: string[]) {
  return parseArgs({args: argv, options, allowPositionals: true, strict: true})
}

/**
 * Check `--language` against the languages the library knows and ships.
 *
 * @param language The option's value.
 * @param known Every language code the library accepts.
 * @param shipped Languages with a shipped rule set.
 */
export function checkLanguage(language: string | undefined, known: readonly string[], shipped: readonly string[]): Language | 'auto' | undefined {
  if (language === undefined || language === 'auto') return language
  if (!known.includes(language)) throw new CliError(`--language: unknown language "${language}" (expected one of ${known.join(', ')}, or auto)`)
  if (!shipped.includes(language)) throw new CliError(`--language: no rule set for language "${language}" yet (available: ${shipped.join(', ')})`)
  return language as Language
}

/** The help text. */
export function helpText(version: string): string {
  return `stigma-aware ${version}: find stigmatising language about population groups

Usage:
  stigma-aware [options] [paths, directories or globs ...]
  stigma-aware [options] - < file        (or pipe text; name it with --stdin-filename)

Checks Markdown (.md .markdown .mdx), HTML (.html .htm), text (.txt) and Word (.docx).
Directories are searched; files listed in .stigma-awareignore are skipped.

Options:
  -l, --language <code|auto>    language of the documents (default auto: detected)
  -f, --format <name>           stylish (default), json, sarif or github
  -q, --quiet                   report errors only
      --max-warnings <n>        exit with 1 when there are more than n warnings
      --max-findings <n>        stop checking a file after n findings (default 10000, 0: no limit)
  -c, --config <file>           use this configuration file only
      --no-config               ignore configuration files
      --ignore-path <file>      use this ignore file instead of .stigma-awareignore
  -r, --rule <id>:<severity>    set a rule to off, info, warning or error (repeatable)
      --explain <rule-id>       explain a rule: note, alternatives, examples, sources
      --list-rules              list the rules (of --language, or of every language)
      --fix                     apply safe fixes to the files (never to .docx); with standard
                                input, print the fixed text (the report goes to stderr)
      --fix-dry-run             print the safe fixes as a unified diff; change nothing
      --stdin-filename <name>   name of the text on standard input (sets its format)
      --color, --no-color       force or turn off colours (NO_COLOR is honoured)
  -v, --version                 print the version
  -h, --help                    print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many
warnings, 2 usage, configuration or file errors.

Configuration: .stigma-awarerc, .stigma-awarerc.json, .stigma-awarerc.yml or a
"stigma-aware" key in package.json, looked up from each file's directory upwards.
Documentation: docs/cli.md`
}
