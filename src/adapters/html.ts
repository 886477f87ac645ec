/**
 * HTML -> blocks of text mapped to the original. Block-level elements end a block; code,
 * scripts, styles and attributes are never read as prose.
 */
import type {Nodes, Root as HastRoot} from 'hast'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {BlockBuilder, type Block} from './align.js'
import {barrier} from './markdown.js'
import type {NlcstCollector} from './to-nlcst.js'

const html = unified().use(rehypeParse).freeze()

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
  const tree = html.parse(value) as HastRoot
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
  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      const position = node.position
      if (position?.start.offset !== undefined && position.end.offset !== undefined) {
        if (empty) blockLanguage = language
        empty = false
        builder.appendAligned(node.value, value, position.start.offset, position.end.offset, false)
      }
      return
    }
    if (node.type === 'element') {
      const name = node.tagName
      const own = node.properties?.lang
      if (typeof own === 'string' && own.trim() !== '') {
        const outer = language
        language = own
        try {
          visitElement(node, name)
        } finally {
          language = outer
        }
        return
      }
      visitElement(node, name)
      return
    }
    if (node.type === 'root') for (const child of node.children) visit(child as Nodes)
  }
  const visitElement = (node: Extract<Nodes, {type: 'element'}>, name: string): void => {
    {
      if (skipped.has(name)) {
        const position = node.position
        if (position?.start.offset !== undefined && position.end.offset !== undefined && (name === 'code' || name === 'kbd' || name === 'samp' || name === 'var')) {
          builder.appendSpan(barrier, position.start.offset, position.end.offset)
        }
        return
      }
      const isBlock = blocks.has(name)
      if (isBlock) flush()
      for (const child of node.children) visit(child as Nodes)
      if (isBlock) flush()
    }
  }
  visit(tree)
  flush()
  return result
}
