/**
 * The reporters by name. Each turns the checked files into the text the CLI prints.
 */
import type {OutputFormat} from '../args.js'
import type {FileState} from '../results.js'
import {github} from './github.js'
import {json} from './json.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

/** What the reporters may need. */
export interface ReportOptions {
  color: boolean
  /** Errors only. */
  quiet: boolean
  /** `--fix` or `--fix-dry-run` is on. */
  fixing: boolean
  /** The tool's version (JSON and SARIF record it). */
  version: string
}

/**
 * Format checked files in one of the output formats.
 *
 * @param name `stylish`, `json`, `sarif` or `github`.
 * @param files The checked files, in path order.
 * @param options Colour, quiet, fixing and version.
 */
export function format(name: OutputFormat, files: readonly FileState[], options: ReportOptions): string {
  switch (name) {
    case 'json':
      return json(files, options)
    case 'sarif':
      return sarif(files, options)
    case 'github':
      return github(files, options)
    default:
      return stylish(files, options)
  }
}
