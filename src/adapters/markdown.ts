/**
 * Markdown -> blocks of text mapped to the original. The document is first cut into chunks at
 * blank lines (keeping fenced code and front matter out, and indented continuations attached);
 * only chunks that pass the pre-scan are parsed with remark-parse and the GFM extensions, so parsing cost
 * follows the number of candidate paragraphs, not the size of the document.
 */
import type {Nodes, Root as MdastRoot} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {gfm} from 'micromark-extension-gfm'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {BlockBuilder, type Block} from './align.js'
import type {NlcstCollector} from './to-nlcst.js'

// GFM (tables, strikethrough, autolinks, footnotes) for reading only: the syntax and its mdast,
// without remark-gfm's Markdown serialiser, which a checker never uses and a browser bundle pays for.
const markdown = unified().use(remarkParse).data('micromarkExtensions', [gfm()]).data('fromMarkdownExtensions', [gfmFromMarkdown()]).freeze()

/** Object replacement character: stands in for code spans, images and inline HTML. */
export const barrier = '\uFFFC'

const fence = /^ {0,3}(`{3,}|~{3,})/

/** The language a Markdown document's front matter declares (`lang: de` or `language: de`). */
export function declaredMarkdownLanguage(value: string): string | undefined {
  const frontMatter = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(value.slice(0, 20_000))
  if (!frontMatter) return undefined
  return /^(?:lang|language)[ \t]*:[ \t]*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)["']?[ \t]*$/m.exec(frontMatter[1]!)?.[1]
}

/** Ranges [from, to) of a Markdown document that can hold prose, cut at blank lines. */
export function markdownChunks(value: string): Array<[number, number]> {
  const chunks: Array<[number, number]> = []
  let chunkStart = -1
  let fenceMarker: string | undefined
  let position = 0
  const length = value.length

  // A byte-order mark at the very start is not part of the first line (micromark drops it too).
  if (value.charCodeAt(0) === 0xfeff) position = 1
  // Front matter (YAML `---` or TOML `+++`) at the very start is data, not prose.
  const frontMatter = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/.exec(value.slice(position))
  if (frontMatter) position += frontMatter[0].length

  // Lines end at LF, CRLF or a lone CR, as in CommonMark.
  const lineEnding = /\r\n|\r|\n/g
  const endOfLine = (from: number): [number, number] => {
    lineEnding.lastIndex = from
    const found = lineEnding.exec(value)
    return found ? [found.index, found.index + found[0].length] : [length, length + 1]
  }
  while (position < length) {
    const [lineEnd, next] = endOfLine(position)
    const line = value.slice(position, lineEnd)
    const blank = /^[ \t]*$/.test(line)

    if (fenceMarker !== undefined) {
      const closing = fence.exec(line)
      if (closing && closing[1]![0] === fenceMarker[0] && closing[1]!.length >= fenceMarker.length && /^[ \t]*$/.test(line.slice(closing[0].length))) {
        fenceMarker = undefined
      }
      position = next
      continue
    }
    const opening = fence.exec(line)
    if (opening) {
      if (chunkStart !== -1) chunks.push([chunkStart, position])
      chunkStart = -1
      fenceMarker = opening[1]
      position = next
      continue
    }
    if (blank) {
      // A blank line ends the chunk unless the next non-blank line is indented (a continuation).
      if (chunkStart !== -1) {
        let look = next
        while (look < length) {
          const [lookEnd, lookNext] = endOfLine(look)
          if (!/^[ \t]*$/.test(value.slice(look, lookEnd))) break
          look = lookNext
        }
        const indented = look < length && (value[look] === ' ' || value[look] === '\t')
        if (!indented) {
          chunks.push([chunkStart, position])
          chunkStart = -1
        }
      }
    } else if (chunkStart === -1) {
      chunkStart = position
    }
    position = next
  }
  if (chunkStart !== -1) chunks.push([chunkStart, Math.min(position, length)])
  return chunks
}

const blockTypes = new Set(['paragraph', 'heading', 'tableCell'])

// Nesting this deep (hundreds of columns of indentation, dozens of quote markers) makes
// Markdown parsers slow or overflow the stack: such chunks are read line by line as plain text.
const tooDeep = /^(?:[ \t]{256}|(?:[ \t]*>){33})/m
const containerPrefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/

/** Feed the prose of a Markdown document to the collector. */
export function markdownToBlocks(value: string, collector: NlcstCollector): void {
  for (const [from, to] of markdownChunks(value)
    .flatMap(([start, end]) => splitHuge(value, start, end))
    .flatMap(([start, end]) => withoutGiantWords(value, start, end))) {
    if (!collector.languages.mayMatch(value, from, to)) continue
    let chunk = value.slice(from, to)
    // micromark drops a leading byte-order mark and counts offsets without it: keep the length.
    if (chunk.charCodeAt(0) === 0xfeff) chunk = ' ' + chunk.slice(1)
    let blocks: Block[] | undefined
    if (!tooDeep.test(chunk)) {
      try {
        blocks = chunkBlocks(chunk, from)
      } catch {
        // A parser gave up (stack overflow on pathological input): fall back below.
        blocks = undefined
      }
    }
    if (blocks) for (const block of blocks) collector.addBlock(block)
    else plainLines(value, from, to, collector)
  }
}

/** Longer runs without white space are not words any rule can match (no rule word comes close). */
const giantWord = /\S{4096,}/g

// A run of thousands of characters without a space (a pasted data URL, a minified line) cannot
// hold a finding, but parsing it with its paragraph costs many times its size: the parts of the
// chunk around it are read on their own, and the run not at all.
function withoutGiantWords(value: string, from: number, to: number): Array<[number, number]> {
  if (to - from < 4096) return [[from, to]]
  // The chunk on its own: searching the whole document from `from` would read past `to`.
  const chunk = value.slice(from, to)
  const ranges: Array<[number, number]> = []
  let start = 0
  giantWord.lastIndex = 0
  let found: RegExpExecArray | null
  while ((found = giantWord.exec(chunk)) !== null) {
    if (found.index > start) ranges.push([from + start, from + found.index])
    start = found.index + found[0].length
  }
  if (start < chunk.length) ranges.push([from + start, to])
  return ranges
}

/** Longest chunk parsed as Markdown at once; larger ones (a 50,000-cell table) are cut at line ends. */
const maxChunk = 64_000

// A chunk without blank lines can still be megabytes long (a huge table or list); the Markdown
// parser's memory grows steeply with it. Cutting at line ends loses only constructs that span
// the cut (a table row after the cut reads as text with pipes).
function splitHuge(value: string, from: number, to: number): Array<[number, number]> {
  if (to - from <= maxChunk) return [[from, to]]
  const ranges: Array<[number, number]> = []
  let start = from
  while (to - start > maxChunk) {
    let cut = value.lastIndexOf('\n', start + maxChunk)
    if (cut <= start) cut = value.indexOf('\n', start + maxChunk)
    if (cut === -1 || cut >= to) break
    ranges.push([start, cut + 1])
    start = cut + 1
  }
  ranges.push([start, to])
  return ranges
}

function chunkBlocks(chunk: string, from: number): Block[] {
  const tree = markdown.parse(chunk) as MdastRoot
  const builder = new BlockBuilder()
  const blocks: Block[] = []
  const visit = (node: Nodes): void => {
    if (blockTypes.has(node.type)) {
      inline(node, chunk, from, builder)
      const block = builder.flush()
      if (block) blocks.push(block)
      return
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return blocks
}

/** Read a range line by line as plain text, without list and quote markers. */
function plainLines(value: string, from: number, to: number, collector: NlcstCollector): void {
  const lineEnding = /\r\n|\r|\n/g
  let start = from
  while (start < to) {
    lineEnding.lastIndex = start
    const found = lineEnding.exec(value)
    const end = found && found.index < to ? found.index : to
    const prefix = containerPrefix.exec(value.slice(start, end))?.[0].length ?? 0
    if (start + prefix < end) collector.addRange(start + prefix, end)
    start = found && found.index < to ? found.index + found[0].length : to
  }
}

function inline(node: Nodes, chunk: string, base: number, builder: BlockBuilder): void {
  const position = node.position
  const from = (position?.start.offset ?? 0) + base
  const to = (position?.end.offset ?? 0) + base
  switch (node.type) {
    case 'text':
      if (position) alignText(node.value, chunk, position.start.offset!, position.end.offset!, base, builder)
      return
    case 'inlineCode':
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      builder.appendSpan(barrier, from, to)
      return
    case 'break':
      builder.appendSpan('\n', from, to)
      return
    case 'link':
      // A bare URL (autolink) is an address, not prose.
      if (node.children.length === 1 && node.children[0]!.type === 'text' && /^(?:https?:|mailto:|www\.)/i.test(node.children[0]!.value)) {
        builder.appendSpan(barrier, from, to)
        return
      }
      break
    default:
      break
  }
  if ('children' in node) for (const child of node.children) inline(child as Nodes, chunk, base, builder)
}

function alignText(value: string, chunk: string, from: number, to: number, base: number, builder: BlockBuilder): void {
  // Offsets are computed in the chunk and shifted to the document.
  builder.appendAligned(value, chunk, from, to, true, base)
}
