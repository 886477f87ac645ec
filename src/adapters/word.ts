/**
 * Word documents, as mammoth reads them: the text of its document model (the value its
 * `transformDocument` option receives). mammoth's own raw text drops line breaks inside a
 * paragraph, so "found<br>illegals" would read as "foundillegals"; here each break is a line end.
 */

/** An element of mammoth's document model (the parts read here). */
export interface WordElement {
  type: string
  value?: string
  children?: WordElement[]
}

/** The text of a Word document and where each paragraph starts in it. */
export interface WordText {
  text: string
  /** Offset in `text` of each paragraph (paragraph n starts at `paragraphStarts[n - 1]`). */
  paragraphStarts: number[]
}

/**
 * The text of a mammoth document: each paragraph (empty ones and table cells' too) followed by a
 * blank line, tabs as tabs, and line, page and column breaks as line ends.
 *
 * @example
 * ```ts
 * let text: WordText | undefined
 * await mammoth.convertToHtml({buffer}, {transformDocument: (document) => ((text = wordText(document)), document)})
 * checkSync(text!.text, {format: 'text'})
 * ```
 */
export function wordText(document: WordElement): WordText {
  const parts: string[] = []
  const paragraphStarts: number[] = []
  let length = 0
  const add = (text: string) => {
    parts.push(text)
    length += text.length
  }
  // A stack, not recursion: nesting (tables in tables) cannot overflow the call stack.
  const stack: Array<WordElement | string> = [document]
  while (stack.length > 0) {
    const item = stack.pop()!
    if (typeof item === 'string') {
      add(item)
      continue
    }
    if (item.type === 'text') add(item.value ?? '')
    else if (item.type === 'tab') add('\t')
    else if (item.type === 'break') add('\n')
    else {
      if (item.type === 'paragraph') {
        paragraphStarts.push(length)
        stack.push('\n\n')
      }
      const children = item.children ?? []
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
    }
  }
  return {text: parts.join(''), paragraphStarts: paragraphStarts.length > 0 ? paragraphStarts : [0]}
}
