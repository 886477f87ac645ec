/**
 * The `stigma-aware` command (the package's bin). tsup adds the `#!/usr/bin/env node` line.
 * See docs/cli.md, or `stigma-aware --help`.
 *
 * @packageDocumentation
 */
import {main} from './main.js'

// A reader that stops early (`stigma-aware docs | head`) closes the pipe: stop quietly, no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: process.stdin.isTTY === true,
  env: process.env
})
