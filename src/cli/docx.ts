/**
 * Word documents: the text is extracted with mammoth (paragraphs, table cells, lists; no
 * formatting), checked as plain text, and findings are placed by paragraph since Word has no
 * lines. A .docx file is never written to.
 */
import {readFile} from 'node:fs/promises'
import {CliError, firstLine} from './errors.js'

/** The text of a Word document and where each paragraph starts in it. */
export interface DocxText {
  text: string
  /** Offset in `text` of each paragraph (paragraph n starts at `paragraphStarts[n - 1]`). */
  paragraphStarts: number[]
}

/**
 * Read a Word document's text.
 *
 * @param path The .docx file.
 * @param shown The path as shown in error messages.
 */
export async function readDocx(path: string, shown: string): Promise<DocxText> {
  // Read here rather than by mammoth, so a missing or unreadable file gets the usual error.
  const buffer = await readFile(path)
  const {default: mammoth} = await import('mammoth')
  let text: string
  try {
    text = (await mammoth.extractRawText({buffer})).value
  } catch (error) {
    throw new CliError(`${shown}: cannot read Word document (${firstLine(error)})`)
  }
  // mammoth ends every paragraph (empty ones included) with a blank line and drops line breaks
  // inside paragraphs, so paragraphs are exactly the pieces between "\n\n".
  const paragraphStarts = [0]
  for (let index = text.indexOf('\n\n'); index !== -1 && index + 2 < text.length; index = text.indexOf('\n\n', index + 2)) paragraphStarts.push(index + 2)
  return {text, paragraphStarts}
}

/** Paragraph number (1-based) and column (1-based) of an offset in the extracted text. */
export function paragraphAt(paragraphStarts: readonly number[], offset: number): {paragraph: number; column: number} {
  let low = 0
  let high = paragraphStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (paragraphStarts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return {paragraph: low + 1, column: offset - paragraphStarts[low]! + 1}
}
