/**
 * The command line's logic; `index.ts` calls it with the process's arguments, streams and
 * environment. Exit codes: 0 clean (or only info and warnings within `--max-warnings`), 1 errors
 * or too many warnings, 2 usage, configuration or I/O errors. Errors are printed as one line on
 * stderr, never as a stack trace.
 *
 * The library, the engine and the reporters are imported when needed, so `--help`, `--version`
 * and usage errors answer at once.
 */
import {checkLanguage, helpText, parseArguments, type CliArguments} from './args.js'
import {CliError, firstLine} from './errors.js'
import {packageVersion} from './version.js'

/** Where the CLI writes, and what it knows about its surroundings. */
export interface CliIo {
  cwd: string
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream
  /** Whether standard input is a terminal (then there is nothing to read from it). */
  stdinIsTTY: boolean
  env: NodeJS.ProcessEnv
}

type Write = (stream: NodeJS.WritableStream, text: string) => Promise<void>

/**
 * Run the command line.
 *
 * @param argv The arguments after the program name.
 * @param io Working directory, output streams and environment.
 * @returns The exit code.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const write: Write = (stream, text) =>
    new Promise((resolve) => {
      if (text === '') resolve()
      else stream.write(text.endsWith('\n') ? text : `${text}\n`, () => resolve())
    })
  try {
    const args = parseArguments(argv)
    if (args.help) {
      await write(io.stdout, helpText(packageVersion()))
      return 0
    }
    if (args.version) {
      await write(io.stdout, packageVersion())
      return 0
    }
    const [{languages}, {shippedLanguages}, {ConfigResolver}] = await Promise.all([import('../index.js'), import('./catalog.js'), import('./config.js')])
    const language = checkLanguage(args.language, languages, shippedLanguages())
    const resolver = new ConfigResolver({cwd: io.cwd, configPath: args.config, detect: !args.noConfig, language, rules: args.rules, maxFindings: args.maxFindings})
    if (args.explain !== undefined || args.listRules) {
      const {explain, listRules} = await import('./explain.js')
      // Rules of the configuration found from the working directory (an organisation's glossary) count too.
      const extra = resolver.forDirectory(io.cwd).ruleFiles
      await write(io.stdout, args.explain === undefined ? listRules(language, extra, args.format === 'json') : explain(args.explain, language, extra))
      return 0
    }
    if (args.stdin && io.stdinIsTTY) throw new CliError('no input: give files, directories or globs, or pipe text to standard input (see --help)')
    return await check(args, io, resolver, write)
  } catch (error) {
    if (error instanceof CliError) {
      await write(io.stderr, `stigma-aware: ${error.message}`)
      return 2
    }
    if (io.env['STIGMA_AWARE_DEBUG'] && error instanceof Error) await write(io.stderr, error.stack ?? '')
    await write(io.stderr, `stigma-aware: internal error: ${firstLine(error)} (set STIGMA_AWARE_DEBUG=1 for details)`)
    return 2
  }
}

async function check(args: CliArguments, io: CliIo, resolver: import('./config.js').ConfigResolver, write: Write): Promise<number> {
  const [{run}, {countsOf}, reporters] = await Promise.all([import('./run.js'), import('./results.js'), import('./reporters/index.js')])
  const color = args.color ?? colorFromEnvironment(io)
  const version = packageVersion()
  // With --fix-dry-run the diff is the output (a patch file), and with --fix on standard input
  // the fixed text is (a filter in a pipe or an editor); the report then goes to stderr.
  const fixingStdin = args.fix === 'write' && args.stdin
  const output = args.fix === 'dry-run' || fixingStdin ? io.stderr : io.stdout
  const result = await run({
    cwd: io.cwd,
    inputs: args.inputs,
    stdinFilename: args.stdinFilename,
    ignorePath: args.ignorePath,
    fix: args.fix,
    resolver,
    report: (files) => reporters.format(args.format, files, {color, quiet: args.quiet, fixing: args.fix !== undefined, version}),
    output
  })
  for (const failure of result.failures) await write(io.stderr, `stigma-aware: ${failure}`)
  if (args.fix === 'dry-run') {
    const {fixDiff} = await import('./fix.js')
    for (const file of result.files) if (file.original !== undefined) await write(io.stdout, fixDiff(file.path, file.original, file.text))
  }
  // The whole text, changed or not, exactly as it is (no line end added), so a pipe never loses it.
  if (fixingStdin) for (const file of result.files) await new Promise<void>((resolve) => (file.text === '' ? resolve() : io.stdout.write(file.text, () => resolve())))
  if (result.failures.length > 0) return 2
  const counts = countsOf(result.files)
  if (counts.error > 0) return 1
  if (args.maxWarnings !== undefined && counts.warning > args.maxWarnings) {
    await write(io.stderr, `stigma-aware: ${counts.warning} warnings, more than --max-warnings ${args.maxWarnings}`)
    return 1
  }
  return 0
}

/** Colour on a terminal, unless NO_COLOR is set (and not empty); FORCE_COLOR turns it on elsewhere. */
function colorFromEnvironment(io: CliIo): boolean {
  const noColor = io.env['NO_COLOR']
  if (noColor !== undefined && noColor !== '') return false
  const force = io.env['FORCE_COLOR']
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true
  return io.stdout.isTTY === true
}
