/**
 * HTML -> blocks of text mapped to the original. Block-level elements end a block; code,
 * scripts, styles and attributes are never read as prose.
 */
import {parse} from 'parse5'
import {BlockBuilder, type Block} from './align.js'
import {barrier} from './markdown.js'
import type {NlcstCollector} from './to-nlcst.js'

/**
 * What this adapter reads of parse5's tree (the parser rehype-parse uses). parse5 directly, not
 * through hast: only text, tag names, `lang` and source offsets are needed, and the hast layer
 * (property-information, hastscript) would only add weight to browser bundles.
 */
interface HtmlNode {
  nodeName: string
  tagName?: string
  value?: string
  attrs?: Array<{name: string; value: string}>
  childNodes?: HtmlNode[]
  sourceCodeLocation?: {startOffset: number; endOffset: number} | null
}

// Elements whose content is not prose written by the author.
const skipped = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'template', 'noscript', 'textarea', 'svg', 'math', 'head', 'iframe', 'object'])
// Elements that start and end a block of text.
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'option', 'p', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'br', 'button', 'label', 'select'
])

/** The language an HTML document declares on its root element (`<html lang="de">`). */
export function declaredHtmlLanguage(value: string): string | undefined {
  return /<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)/i.exec(value.slice(0, 10_000))?.[1]
}

/** Feed the prose of an HTML document to the collector. */
export function htmlToBlocks(value: string, collector: NlcstCollector): void {
  let found: Block[]
  try {
    found = documentBlocks(value)
  } catch {
    // Pathological nesting overflowed a parser's stack: read the text between tags instead.
    textBetweenTags(value, collector)
    return
  }
  for (const block of found) collector.addBlock(block)
}

// Script and style elements, comments and tags: what is not text in the fallback reading.
const notText = /<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi

function textBetweenTags(value: string, collector: NlcstCollector): void {
  let start = 0
  notText.lastIndex = 0
  let found: RegExpExecArray | null
  while ((found = notText.exec(value)) !== null) {
    if (found.index > start) collector.addRange(start, found.index)
    start = found.index + found[0].length
  }
  if (start < value.length) collector.addRange(start, value.length)
}

function documentBlocks(value: string): Block[] {
  const tree = parse(value, {sourceCodeLocationInfo: true}) as unknown as HtmlNode
  const builder = new BlockBuilder()
  const result: Block[] = []
  // The `lang` in effect (nearest ancestor's attribute), and the one the current block started in.
  let language: string | undefined
  let blockLanguage: string | undefined
  let empty = true
  const flush = () => {
    const block = builder.flush()
    if (block) result.push(blockLanguage ? {...block, language: blockLanguage} : block)
    empty = true
  }
  const visit = (node: HtmlNode): void => {
    const location = node.sourceCodeLocation
    if (node.nodeName === '#text') {
      if (location && node.value !== undefined) {
        if (empty) blockLanguage = language
        empty = false
        builder.appendAligned(node.value, value, location.startOffset, location.endOffset, false)
      }
      return
    }
    const name = node.tagName
    if (name === undefined) {
      // The document, its doctype and comments: only the document has children to read.
      for (const child of node.childNodes ?? []) visit(child)
      return
    }
    if (skipped.has(name)) {
      if (location && (name === 'code' || name === 'kbd' || name === 'samp' || name === 'var')) builder.appendSpan(barrier, location.startOffset, location.endOffset)
      return
    }
    const own = node.attrs?.find((attribute) => attribute.name === 'lang')?.value
    const outer = language
    if (own !== undefined && own.trim() !== '') language = own
    const isBlock = blocks.has(name)
    if (isBlock) flush()
    for (const child of node.childNodes ?? []) visit(child)
    if (isBlock) flush()
    language = outer
  }
  visit(tree)
  flush()
  return result
}
