/**
 * Errors that end a run with exit code 2. Each prints as one line naming the file (and line)
 * and the problem: a user should never see a stack trace.
 */
import {relative, isAbsolute} from 'node:path'

/** A usage, configuration or I/O problem; `message` is the whole line shown to the user. */
export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}

/** A problem in a configuration file, at a line when one is known. */
export class ConfigError extends CliError {
  readonly file: string
  readonly line: number | undefined
  readonly problem: string

  constructor(problem: string, where: {file: string; line?: number | undefined}) {
    super(`${displayPath(where.file)}${where.line === undefined ? '' : `:${where.line}`}: ${problem}`)
    this.name = 'ConfigError'
    this.file = where.file
    this.line = where.line
    this.problem = problem
  }
}

/** A path as shown in messages: relative to the working directory when inside it. */
export function displayPath(path: string, cwd = process.cwd()): string {
  if (!isAbsolute(path)) return path.split('\\').join('/')
  const relativePath = relative(cwd, path)
  if (relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath)) return path
  return relativePath.split('\\').join('/')
}

/** The system error code (ENOENT, EACCES, ...) found in an error or its causes. */
export function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    const code = (current as {code?: unknown}).code
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code
    current = (current as {cause?: unknown}).cause
  }
  return undefined
}

const codes: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device'
}

/** A short description of a system error code: "permission denied (EACCES)". */
export function describeCode(code: string): string {
  return codes[code] ? `${codes[code]} (${code})` : code
}

/** The first line of an error's message (a parser's code frame is not one line). */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!.trim()
}
