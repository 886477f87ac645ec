/**
 * Helpers for the end-to-end tests: build the real CLI once (tsup, with the options of
 * tsup.config.ts, into test-output/ keyed by a hash of the sources, so parallel test files share
 * one build), run it as a child process, and copy the fixture folders to a temporary directory
 * (so --fix never touches the repository, and no configuration above the repository applies).
 */
import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {root} from '../helpers.js'

export {root}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name)
      return statSync(path).isDirectory() ? sourceFiles(path) : [path]
    })
}

let built: Promise<string> | undefined

/** Path of the built CLI (dist-like `cli.js`), building it when the sources changed. */
export function cliPath(): Promise<string> {
  built ??= buildCli()
  return built
}

async function buildCli(): Promise<string> {
  const hash = createHash('sha256')
  for (const path of [...sourceFiles(join(root, 'src')), join(root, 'tsup.config.ts'), join(root, 'package.json')]) {
    hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0')
  }
  // Two levels below the root, as dist/cli.js is one: the rule loader finds rules/schema.json from either.
  const base = join(root, 'test-output')
  const directory = join(base, `cli-${hash.digest('hex').slice(0, 16)}`)
  const file = join(directory, 'cli.js')
  // Test files run in parallel workers: one builds (holding a lock folder), the others wait for it.
  const lock = `${directory}.lock`
  mkdirSync(base, {recursive: true})
  for (let waited = 0; !existsSync(file); waited += 100) {
    try {
      mkdirSync(lock)
    } catch {
      // Someone else is building; a lock older than a minute was left by a crashed run.
      const held = statSync(lock, {throwIfNoEntry: false})
      if (waited > 60_000 || (held && Date.now() - held.mtimeMs > 60_000)) rmSync(lock, {recursive: true, force: true})
      await sleep(100)
      continue
    }
    try {
      if (!existsSync(file)) await buildInto(base, directory)
    } finally {
      rmSync(lock, {recursive: true, force: true})
    }
  }
  return file
}

async function buildInto(base: string, directory: string): Promise<void> {
  // Loaded here: only the worker that builds pays for tsup.
  const [{build}, {cli}] = await Promise.all([import('tsup'), import('../../tsup.config.js')])
  const temporary = mkdtempSync(join(base, 'cli-tmp-'))
  await build({...cli, outDir: temporary, silent: true, config: false})
  // Readable by all, so a test can run it as an unprivileged user.
  chmodSync(temporary, 0o755)
  renameSync(temporary, directory)
  // Builds of older sources are left from earlier runs; keep the folder small.
  for (const name of readdirSync(base).filter((entry) => entry.startsWith('cli-') && !entry.endsWith('.lock'))) {
    const path = join(base, name)
    if (path !== directory && Date.now() - statSync(path).mtimeMs > 10 * 60_000) rmSync(path, {recursive: true, force: true})
  }
}

/** What a run of the CLI printed, and its exit code. */
export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Run the built CLI.
 *
 * @param args Arguments.
 * @param options Working directory, text for standard input, extra environment, Node flags, and a
 *   user id to run as (needs root and setpriv).
 */
export async function runCli(args: string[], options: {cwd: string; input?: string; env?: Record<string, string>; nodeArgs?: string[]; asUser?: number}): Promise<CliRun> {
  const path = await cliPath()
  const env: NodeJS.ProcessEnv = {...process.env}
  // The tests decide about colours; the runner's own settings must not leak in.
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'STIGMA_AWARE_DEBUG', 'GITHUB_ACTIONS']) delete env[name]
  Object.assign(env, options.env)
  return new Promise((resolve, reject) => {
    const command = [process.execPath, ...(options.nodeArgs ?? []), path, ...args]
    // setpriv (util-linux) runs it as another user: root can read any file, an ordinary user cannot.
    if (options.asUser !== undefined) command.unshift('setpriv', `--reuid=${options.asUser}`, `--regid=${options.asUser}`, '--clear-groups')
    const child = spawn(command[0]!, command.slice(1), {cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({status, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}

/** Copy fixtures/cli to a new temporary directory; returns its path. */
export function copyFixtures(): string {
  const directory = mkdtempSync(join(tmpdir(), 'stigma-aware-cli-'))
  cpSync(join(root, 'fixtures/cli'), directory, {recursive: true})
  return directory
}

/** Remove a temporary directory made by `copyFixtures`. */
export function removeFixtures(directory: string): void {
  rmSync(directory, {recursive: true, force: true})
}
