/**
 * Word documents: the text is extracted with mammoth (paragraphs, table cells, lists, line
 * breaks; no formatting), checked as plain text, and findings are placed by paragraph since
 * Word has no lines. A .docx file is never written to.
 */
import {readFile} from 'node:fs/promises'
import {CliError, firstLine} from './errors.js'
import {wordText, type WordElement, type WordText} from '../index.js'

/**
 * Read a Word document's text.
 *
 * @param path The .docx file.
 * @param shown The path as shown in error messages.
 */
export async function readDocx(path: string, shown: string): Promise<WordText> {
  // Read here rather than by mammoth, so a missing or unreadable file gets the usual error.
  const buffer = await readFile(path)
  const {default: mammoth} = await import('mammoth')
  // mammoth's own raw text drops line breaks inside a paragraph, so the text is taken from its
  // document model, handed to transformDocument (see wordText). The HTML it then makes is unused.
  let extracted: WordText | undefined
  try {
    await mammoth.convertToHtml(
      {buffer},
      {
        transformDocument: (document: WordElement) => {
          extracted = wordText(document)
          return document
        }
      }
    )
  } catch (error) {
    throw new CliError(`${shown}: cannot read Word document (${firstLine(error)})`)
  }
  if (!extracted) throw new CliError(`${shown}: cannot read Word document (no document body)`)
  return extracted
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
