/**
 * The kinds of input the CLI reads, by file extension. Kept apart (no dependencies) so that
 * argument checking does not load the engine.
 */
import type {Format} from '../index.js'

/** Kinds of input: the library's formats, and Word documents (checked as text). */
export type Kind = Format | 'docx'

/** File extensions checked when walking directories, and their kind. */
export const kinds: Readonly<Record<string, Kind>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.docx': 'docx'
}

/** The kind of a path, from its extension (case-insensitive); undefined when not supported. */
export function kindOf(path: string): Kind | undefined {
  const extension = /\.[^./\\]+$/.exec(path)?.[0]?.toLowerCase()
  return extension === undefined ? undefined : kinds[extension]
}
