/**
 * The package version, read from the package.json next to the code (src/cli in development,
 * dist in the package) so it never goes stale.
 */
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

let cached: string | undefined

/** The version in stigma-aware's package.json, or "unknown" when it cannot be found. */
export function packageVersion(): string {
  if (cached !== undefined) return cached
  cached = 'unknown'
  let directory = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 4; depth++) {
    try {
      const data = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {name?: unknown; version?: unknown}
      if (data.name === 'stigma-aware' && typeof data.version === 'string') {
        cached = data.version
        break
      }
    } catch {
      // not here: look one level up
    }
    directory = dirname(directory)
  }
  return cached
}
