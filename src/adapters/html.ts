/**
 * HTML -> blocks of text mapped to the original. Block-level elements end a block; code,
 * scripts, styles and attributes are never read as prose.
 */
import {Tokenizer, TokenizerMode} from 'parse5'
import {BlockBuilder, type Block} from './align.js'
import {barrier} from './markdown.js'
import type {NlcstCollector} from './to-nlcst.js'

/**
 * The document is read with parse5's tokenizer (the first stage of the parser rehype-parse
 * uses), not built into a tree: only text, tag names, `lang` and source offsets are needed, and
 * the tree of a large page (a 2 MB page of 100,000 elements holds about 80 MiB) would be the
 * largest thing in memory. The tokenizer is switched into raw-text modes the way the tree
 * builder does, so the content of `script`, `style`, `textarea` and `title` is never read as markup.
 */
type TokenizerState = (typeof TokenizerMode)[keyof typeof TokenizerMode]
const rawText: Record<string, TokenizerState> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT
}
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
// Inline code-like elements: a stand-in marks where they were, and a block boundary ends one left open.
const inlineSkipped = new Set(['code', 'kbd', 'samp', 'var'])

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
  return /<html\b[^<>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)/i.exec(value.slice(0, 10_000))?.[1]
}

/** Feed the prose of an HTML document to the collector. */
export function htmlToBlocks(value: string, collector: NlcstCollector): void {
  // Each block goes to the collector as soon as it ends, so that no document's blocks (two
  // offsets per character) are held whole.
  let fedUpTo = 0
  try {
    documentBlocks(value, (block) => {
      fedUpTo = Math.max(fedUpTo, block.ends.at(-1) ?? fedUpTo)
      collector.addBlock(block)
    })
  } catch (error) {
    // Only a parser that gave up (its stack overflowed on pathological input) is caught here:
    // the rest of the document is then read as the text between tags.
    if (!(error instanceof RangeError)) throw error
    textBetweenTags(value, collector, fedUpTo)
  }
}

/**
 * The fallback reading: the text between tags, leaving out comments and the content of script
 * and style elements. A forward scan, so that an unclosed tag or comment costs one pass.
 *
 * @internal Exported for its tests.
 */
export function textBetweenTags(value: string, collector: NlcstCollector, from = 0): void {
  let start = from
  let at = value.indexOf('<', from)
  // The next ">", found again only once the scan has passed it (or never, when there is none).
  let nextClose = -2
  while (at !== -1) {
    let end: number
    const raw = /^<(script|style)\b/i.exec(value.slice(at, at + 8))?.[1]
    if (value.startsWith('<!--', at)) {
      const close = value.indexOf('-->', at + 4)
      end = close === -1 ? value.length : close + 3
    } else if (raw) {
      const closer = new RegExp(`</${raw}`, 'gi')
      closer.lastIndex = at + raw.length + 1
      const close = closer.exec(value)?.index ?? -1
      const tagEnd = close === -1 ? -1 : value.indexOf('>', close)
      end = tagEnd === -1 ? value.length : tagEnd + 1
    } else {
      if (nextClose !== -1 && nextClose <= at) nextClose = value.indexOf('>', at + 1)
      const close = nextClose
      const next = value.indexOf('<', at + 1)
      // "<" without ">" before the next "<" is text, not a tag.
      if (close === -1 || (next !== -1 && next < close)) {
        at = next
        continue
      }
      end = close + 1
    }
    if (at > start) collector.addRange(start, at)
    start = end
    at = end < value.length ? value.indexOf('<', end) : -1
  }
  if (start < value.length) collector.addRange(start, value.length)
}

function documentBlocks(value: string, onBlock: (block: Block) => void): void {
  const builder = new BlockBuilder()
  // The `lang` in effect (nearest open element's attribute), and the one the current block started in.
  let language: string | undefined
  let blockLanguage: string | undefined
  let empty = true
  const scopes: Array<{name: string; outer: string | undefined}> = []
  // The element whose content is being skipped, how deep the same name is nested, where it began.
  let skipping: {name: string; depth: number; start: number} | undefined
  const flush = () => {
    const block = builder.flush()
    if (block) onBlock(blockLanguage ? {...block, language: blockLanguage} : block)
    empty = true
  }
  const endSkip = (end: number) => {
    if (skipping && inlineSkipped.has(skipping.name)) builder.appendSpan(barrier, skipping.start, end)
    skipping = undefined
  }
  const text = (token: {chars: string; location: {startOffset: number; endOffset: number} | null}) => {
    if (skipping || !token.location) return
    if (empty) blockLanguage = language
    empty = false
    builder.appendAligned(token.chars, value, token.location.startOffset, token.location.endOffset, false)
  }
  const tokenizer: Tokenizer = new Tokenizer(
    {sourceCodeLocationInfo: true},
    {
      onStartTag(token) {
        const name = token.tagName
        const location = token.location
        const state = rawText[name]
        if (state !== undefined && !token.selfClosing) tokenizer.state = state
        if (skipping) {
          // A block or the body ends an inline element or a head left open, as the tree builder would.
          if ((inlineSkipped.has(skipping.name) || skipping.name === 'head') && (blocks.has(name) || name === 'body') && name !== 'title') endSkip(location?.startOffset ?? 0)
          else {
            if (name === skipping.name && !token.selfClosing) skipping.depth++
            return
          }
        }
        if (skipped.has(name)) {
          if (!voidElements.has(name) && !token.selfClosing) skipping = {name, depth: 1, start: location?.startOffset ?? 0}
          return
        }
        if (blocks.has(name)) flush()
        const own = token.attrs.find((attribute) => attribute.name === 'lang')?.value
        if (own !== undefined && own.trim() !== '' && !voidElements.has(name) && !token.selfClosing) {
          scopes.push({name, outer: language})
          language = own
        }
      },
      onEndTag(token) {
        const name = token.tagName
        if (skipping) {
          if (name === skipping.name && --skipping.depth === 0) {
            endSkip(token.location?.endOffset ?? 0)
            return
          }
          if (!(inlineSkipped.has(skipping.name) && blocks.has(name))) return
          endSkip(token.location?.startOffset ?? 0)
        }
        if (blocks.has(name)) flush()
        // Close the language scope this element opened (and any left open inside it).
        for (let index = scopes.length - 1; index >= 0; index--) {
          if (scopes[index]!.name !== name) continue
          language = scopes[index]!.outer
          scopes.length = index
          break
        }
      },
      onCharacter: text,
      onWhitespaceCharacter: text,
      // The tree builder drops NUL in body text; so do we.
      onNullCharacter() {},
      onComment() {},
      onDoctype() {},
      onEof() {}
    }
  )
  tokenizer.write(value, true)
  flush()
}
