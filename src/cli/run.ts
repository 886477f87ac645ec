/**
 * The run: unified-engine finds the files (paths, directories, globs, standard input) and applies
 * the ignore files; a small unified plugin checks each file with the library (reading Word
 * documents, applying fixes); the engine hands the files to our reporter.
 */
import {readFileSync, statSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import {resolve, sep} from 'node:path'
import {unified, type Processor} from 'unified'
import {engine, type VFileReporter} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {checkSync, type Format, type StigmaMessage, type WordText} from '../index.js'
import type {ConfigResolver} from './config.js'
import {readDocx} from './docx.js'
import {CliError, describeCode, errorCode, firstLine} from './errors.js'
import {fixUntilStable} from './fix.js'
import {kindOf, kinds} from './kinds.js'
import type {FileState} from './results.js'

/** The name of ignore files (gitignore syntax). */
export const ignoreName = '.stigma-awareignore'

/** What to do with safe fixes. */
export type FixMode = 'write' | 'dry-run' | undefined

/** Settings of one run. */
export interface RunSettings {
  cwd: string
  /** Paths, directories and globs; empty to read standard input. */
  inputs: string[]
  /** `--stdin-filename`: names standard input (format, configuration, output). */
  stdinFilename?: string | undefined
  ignorePath?: string | undefined
  fix: FixMode
  resolver: ConfigResolver
  /** Formats the checked files; the engine writes the result to `output`. */
  report: (files: FileState[]) => string
  output: NodeJS.WritableStream
}

/** What a run produced. */
export interface RunResult {
  /** Checked files, in path order. */
  files: FileState[]
  /** One line per file that could not be checked (exit code 2). */
  failures: string[]
}

/** Path as shown in reports: `/`-separated. */
function shownPath(path: string): string {
  return path.split(sep).join('/')
}

interface Context {
  settings: RunSettings
  states: WeakMap<VFile, FileState>
  /** Inputs given literally (not globs), as absolute paths: a file of an unsupported type is an error only then. */
  literal: Set<string>
  /** Files a glob matched that are of no supported type. */
  skipped: WeakSet<VFile>
}

/**
 * Check files as the command line asks.
 *
 * @returns The checked files and the failures; throws CliError when the engine itself fails.
 */
export async function run(settings: RunSettings): Promise<RunResult> {
  if (settings.ignorePath !== undefined) {
    // The engine would report a missing ignore file against every checked file instead.
    try {
      readFileSync(resolve(settings.cwd, settings.ignorePath))
    } catch (error) {
      throw new CliError(`--ignore-path: cannot read ${settings.ignorePath}: ${describeCode(errorCode(error) ?? 'EIO')}`)
    }
  }
  const context: Context = {
    settings,
    states: new WeakMap(),
    skipped: new WeakSet(),
    literal: new Set(settings.inputs.filter((input) => !/[*?[\]{}]/.test(input)).map((input) => resolve(settings.cwd, input)))
  }
  const collect = (files: VFile[]): RunResult => {
    const states: FileState[] = []
    const failures: string[] = []
    for (const file of files) {
      const state = context.states.get(file)
      if (state) states.push(state)
      for (const message of file.messages) {
        if (message.source !== 'stigma-aware') failures.push(describeFailure(message, file))
      }
    }
    return {files: states, failures: [...new Set(failures)]}
  }
  const reporter: VFileReporter = (files) => settings.report(collect(files).files)
  const processor = unified().use(function (this: Processor) {
    // The engine parses before it transforms; the library parses by itself, so the tree is empty.
    this.parser = () => ({type: 'root'})
    return async (_tree: unknown, file: VFile) => {
      await checkFile(file, context)
    }
  })

  const files = await new Promise<VFile[]>((resolvePromise, reject) => {
    engine(
      {
        processor,
        cwd: settings.cwd,
        files: settings.inputs,
        // The engine compares extensions exactly: upper-case names (NOTES.MD, from Windows tools) too.
        extensions: Object.keys(kinds).flatMap((extension) => [extension, extension.toUpperCase()]),
        filePath: settings.stdinFilename,
        streamIn: process.stdin,
        // Reports go to `output` (stdout normally); the engine writes no document anywhere.
        streamError: settings.output,
        out: false,
        detectConfig: false,
        ignoreName,
        ignorePath: settings.ignorePath,
        ignorePatterns: ['.git'],
        // Ignored files named on the command line (by a pre-commit hook, say) are skipped quietly.
        silentlyIgnore: true,
        reporter
      },
      (error, _code, engineContext) => {
        if (error) reject(new CliError(firstLine(error).replace(/^No input$/, 'no input (give files, directories or globs, or pipe text to standard input)')))
        else resolvePromise(engineContext?.files ?? [])
      }
    )
  })

  const result = collect(files)
  // A directory or glob that yields nothing is almost always a mistake in a lint step.
  for (const input of settings.inputs) {
    if (context.literal.has(resolve(settings.cwd, input))) {
      let directory = false
      try {
        directory = statSync(resolve(settings.cwd, input)).isDirectory()
      } catch {
        // A missing path is reported by the engine.
      }
      const prefix = resolve(settings.cwd, input) + sep
      // Files the engine found count even when they failed: their own error says what went wrong.
      if (directory && !files.some((file) => file.path && resolve(settings.cwd, file.path).startsWith(prefix))) {
        result.failures.push(`${shownPath(input)}: no files to check (looked for ${Object.keys(kinds).join(', ')})`)
      }
    }
  }
  // Literal files that are ignored are skipped quietly; a glob that matches nothing is not.
  const globs = settings.inputs.filter((input) => !context.literal.has(resolve(settings.cwd, input)))
  if (globs.length > 0 && files.every((file) => context.skipped.has(file)) && result.failures.length === 0) {
    result.failures.push(`${globs.join(' ')}: no files to check (looked for ${Object.keys(kinds).join(', ')})`)
  }
  return result
}

/** Check one file found by the engine (or read from standard input). */
async function checkFile(file: VFile, context: Context): Promise<void> {
  const {settings} = context
  const fromStdin = (file.data as {unifiedEngineStreamIn?: boolean}).unifiedEngineStreamIn === true
  const name = fromStdin ? settings.stdinFilename : file.path
  const shown = name === undefined ? '<stdin>' : shownPath(name)
  let kind = name === undefined ? undefined : kindOf(name)
  if (!kind) {
    // Standard input without a known extension is Markdown (the library's default).
    if (fromStdin) kind = 'markdown'
    else if (context.literal.has(resolve(settings.cwd, file.path))) {
      throw new CliError(`${shown}: unsupported file type (expected ${Object.keys(kinds).join(', ')})`)
    } else {
      // A glob matched a file of another type: not ours to check.
      context.skipped.add(file)
      return
    }
  }
  const absolute = resolve(settings.cwd, name ?? 'stdin')
  const resolved = settings.resolver.resolve(absolute)

  let docx: WordText | undefined
  let text: string
  if (kind === 'docx') {
    docx = await readDocx(absolute, shown)
    text = docx.text
  } else {
    text = String(file.value ?? '')
  }
  const format: Format = kind === 'docx' ? 'text' : kind
  let language = ''
  const check = (value: string): StigmaMessage[] => {
    const checked = checkSync(new VFile({path: name, value}), {...resolved.options, format})
    language = String(checked.data.language ?? '')
    return checked.messages as StigmaMessage[]
  }

  let messages = check(text)
  let original: string | undefined
  // Word documents are never rewritten: the text was extracted and cannot be put back faithfully.
  if (settings.fix && kind !== 'docx') {
    const fixed = fixUntilStable(text, messages, check)
    if (fixed.text !== text) {
      original = text
      text = fixed.text
      messages = fixed.messages
      // Standard input is not written back: the command prints the fixed text instead.
      if (settings.fix === 'write' && !fromStdin) {
        try {
          await writeFile(absolute, text, 'utf8')
        } catch (error) {
          throw new CliError(`${shown}: cannot write file: ${describeCode(errorCode(error) ?? 'EIO')}`)
        }
      }
    }
  }
  // The messages go on the engine's file too, so its statistics stay right (one by one: a spread
  // of a hundred thousand messages would overflow the call stack).
  for (const message of messages) file.messages.push(message)
  context.states.set(file, {path: shown, kind, language, text, original, paragraphStarts: docx?.paragraphStarts, messages, resolved})
}

/** One line for a file the engine or the plugin could not process. */
function describeFailure(message: VFileMessage, file: VFile): string {
  const shown = file.path ? shownPath(file.path) : '<stdin>'
  for (let cause: unknown = message.cause, depth = 0; cause && depth < 8; cause = (cause as {cause?: unknown}).cause, depth++) {
    if (cause instanceof CliError) return cause.message
  }
  if (process.env['STIGMA_AWARE_DEBUG'] && message.cause instanceof Error) process.stderr.write(`${message.cause.stack ?? ''}\n`)
  const code = errorCode(message.cause)
  if (code === 'ENOENT') return `${shown}: no such file or directory`
  if (code) return `${shown}: cannot read file: ${describeCode(code)}`
  return `${shown}: ${message.reason}${message.cause ? ` (${firstLine(message.cause)})` : ''}`
}
