/**
 * Opening a dropped or chosen file: .md, .html, .txt as they are; .docx through mammoth's
 * browser build, imported only when a .docx arrives (its text is then checked and saved as .txt).
 */
import {wordText, type Format, type WordElement, type WordText} from '../../src/core.js'

/** A file read into the editor. */
export interface OpenedFile {
  text: string
  format: Format
  /** The name without its extension. */
  base: string
  /** The extension the revised text is saved with. */
  extension: string
  /** Whether the text was extracted from a Word document. */
  fromDocx: boolean
}

/** The extensions the page opens. */
export const acceptedExtensions = ['.md', '.markdown', '.html', '.htm', '.txt', '.docx']

/** Read a file; throws an Error with a message for the person when it cannot be opened. */
export async function openFile(file: File): Promise<OpenedFile> {
  const match = /^(.*?)(?:\.([^.]+))?$/.exec(file.name)
  const base = match?.[1] || 'draft'
  const extension = (match?.[2] ?? '').toLowerCase()
  switch (extension) {
    case 'md':
    case 'markdown':
      return {text: await file.text(), format: 'markdown', base, extension, fromDocx: false}
    case 'html':
    case 'htm':
      return {text: await file.text(), format: 'html', base, extension, fromDocx: false}
    case 'txt':
    case 'text':
      return {text: await file.text(), format: 'text', base, extension: 'txt', fromDocx: false}
    case 'docx': {
      // The text of mammoth's document model (line breaks kept), as the command line reads it.
      const mammoth = await loadMammoth()
      let extracted: WordText | undefined
      await mammoth.convertToHtml({arrayBuffer: await file.arrayBuffer()}, {transformDocument: (document) => ((extracted = wordText(document)), document)})
      return {text: (extracted?.text ?? '').replace(/\n+$/, '\n'), format: 'text', base, extension: 'txt', fromDocx: true}
    }
    default:
      throw new Error(`“${file.name}” is not a file this page opens: use ${acceptedExtensions.join(', ')}.`)
  }
}

interface Mammoth {
  convertToHtml(input: {arrayBuffer: ArrayBuffer}, options: {transformDocument: (document: WordElement) => WordElement}): Promise<{value: string}>
}

async function loadMammoth(): Promise<Mammoth> {
  // The prebuilt browser bundle (UMD): module.exports is the API.
  const module = (await import('mammoth/mammoth.browser.min.js')) as {default?: Mammoth} & Partial<Mammoth>
  const mammoth = module.default ?? (module as Mammoth)
  if (typeof mammoth.convertToHtml !== 'function') throw new Error('The Word reader did not load.')
  return mammoth
}
