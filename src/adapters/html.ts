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
  const flush = () => {
    const block = builder.flush()
    if (block) result.push(block)
  }
  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      const position = node.position
      if (position?.start.offset !== undefined && position.end.offset !== undefined) {
        builder.appendAligned(node.value, value, position.start.offset, position.end.offset, false)
      }
      return
    }
    if (node.type === 'element') {
      const name = node.tagName
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
      return
    }
    if (node.type === 'root') for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  flush()
  return result
}
