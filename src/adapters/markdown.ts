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
// The autolink-literal extension's tree transform is left out: it walks every text node of every
// chunk again with find-and-replace (a third of all allocation on a big table), to find addresses
// the syntax extension already found in all but corner cases; the collector hides addresses in
// every format anyway (src/text/addresses.ts).
const fromMarkdownExtensions = gfmFromMarkdown().map(({transforms, ...extension}) => extension)
const markdown = unified().use(remarkParse).data('micromarkExtensions', [gfm()]).data('fromMarkdownExtensions', [fromMarkdownExtensions]).freeze()

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
const indentedStart = /^(?: {4}|\t| {0,3}\t)/
const containerPrefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/

/** A range of the document to parse, and the table header to parse it under (a cut table's rows). */
interface Piece {
  from: number
  to: number
  /** The header and delimiter rows of the table this piece continues, with their line ends. */
  header?: string
  /** The piece continues a chunk that was cut (it is not the chunk's start). */
  continued?: boolean
}

/** Feed the prose of a Markdown document to the collector. */
export function markdownToBlocks(value: string, collector: NlcstCollector): void {
  for (const [start, end] of markdownChunks(value)) {
    for (const piece of splitHuge(value, start, end).flatMap((piece) => withoutGiantWords(value, piece))) {
      const {from, to, header = ''} = piece
      if (!collector.languages.mayMatch(value, from, to)) continue
      let chunk = value.slice(from, to)
      // micromark drops a leading byte-order mark and counts offsets without it: keep the length.
      if (chunk.charCodeAt(0) === 0xfeff) chunk = ' ' + chunk.slice(1)
      let blocks: Block[] | undefined
      // A cut inside deep nesting leaves a piece that starts indented, which Markdown would read
      // as a code block: such a piece is read line by line instead, like nesting too deep to parse.
      if (!tooDeep.test(chunk) && !(piece.continued && piece.header === undefined && indentedStart.test(chunk))) {
        try {
          // A continued table is parsed under its header; the header's own cells are not reported again.
          blocks = chunkBlocks(header + chunk, from - header.length, header.length)
        } catch {
          // A parser gave up (stack overflow on pathological input): fall back below.
          blocks = undefined
        }
      }
      if (blocks) for (const block of blocks) collector.addBlock(block)
      else plainLines(value, from, to, collector)
    }
  }
}

/** Longer runs without white space are not words any rule can match (no rule word comes close). */
const giantWordLength = 4096

// A run of thousands of characters without a space (a pasted data URL, a minified line) cannot
// hold a finding, but parsing it with its paragraph costs many times its size: the parts of the
// chunk around it are read on their own, and the run not at all. The runs are found by one scan
// (a regular expression such as /\S{4096,}/ would retry from every character of a shorter run).
function withoutGiantWords(value: string, piece: Piece): Piece[] {
  const {from, to} = piece
  if (to - from < giantWordLength) return [piece]
  const pieces: Piece[] = []
  let start = from
  let runStart = from
  for (let at = from; at <= to; at++) {
    if (at < to && !isWhiteSpace(value.charCodeAt(at))) continue
    if (at - runStart >= giantWordLength) {
      if (runStart > start) pieces.push({from: start, to: runStart})
      start = at
    }
    runStart = at + 1
  }
  if (start < to) pieces.push({from: start, to})
  // The table header belongs before the first part only (later parts start mid-row).
  if (piece.header !== undefined && pieces[0]?.from === from) pieces[0].header = piece.header
  for (const part of pieces) if (piece.continued || part.from !== from) part.continued = true
  return pieces
}

/** White space as `\s` reads it (the characters that end a word). */
function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Longest chunk parsed as Markdown at once; larger ones (a table or list of thousands of lines)
 * are cut at line ends. micromark holds about a kilobyte per byte of a table while it parses
 * (61 MiB for a 64 KB table), and its time per byte does not grow for smaller chunks.
 */
const maxChunk = 8000
/**
 * Tables are cut finer: every row can start a piece (the header is carried over), and V8 moves
 * less of micromark's short-lived table state to the old generation when each parse is small
 * (a 1 MB table peaked about 40 MiB lower with 1,000 than with 8,000).
 */
const maxTableChunk = 1000

/**
 * What may be a GFM table's header row and delimiter row at the start of a chunk (a line with a
 * pipe, then a line of pipes, colons, spaces and hyphens); whether it is one, micromark decides.
 * Each class stops where the next part begins, so every line is read once.
 */
const tableStart = /^( {0,3}(?:[^\s|][^\n\r|]*)?\|[^\n\r]*(?:\r?\n|\r))( {0,3}[|: \t]*-[|: \t-]*(?:\r?\n|\r))/

// A chunk without blank lines can still be megabytes long (a huge table or list). It is cut at a
// line end, preferably one after a sentence end and before a line that is not indented, so
// that no sentence or list item is split. The rows of a table after a cut are parsed under the
// table's header, so they still read as cells.
function splitHuge(value: string, from: number, to: number): Piece[] {
  if (to - from <= maxTableChunk) return [{from, to}]
  const table = tableStart.exec(value.slice(from, from + maxChunk))
  const header = table ? table[1]! + table[2]! : undefined
  const limit = header === undefined ? maxChunk : Math.max(maxTableChunk, 2 * header.length)
  if (to - from <= limit) return [{from, to}]
  const pieces: Piece[] = []
  let start = from
  while (to - start > limit) {
    const cut = cutPoint(value, start, start + limit, limit)
    if (cut === undefined || cut >= to) break
    pieces.push({from: start, to: cut})
    start = cut
  }
  pieces.push({from: start, to})
  for (const piece of pieces.slice(1)) {
    piece.continued = true
    if (header !== undefined) piece.header = header
  }
  return pieces
}

/**
 * Where to cut before `limit`: just after a line end, best after a sentence end and before an
 * unindented line; in a line longer than the window, after a sentence end or a space.
 */
function cutPoint(value: string, start: number, limit: number, size: number): number | undefined {
  let fallback: number | undefined
  let any: number | undefined
  // Look back over the last quarter of the window for a good line end; any line end will do otherwise.
  for (let end = lastLineEnd(value, start, limit - 1); end > start; end = lastLineEnd(value, start, end - 1)) {
    const next = value.charCodeAt(end + 1)
    // Never inside a CRLF.
    if (next === 0x0a) continue
    any ??= end + 1
    if (end < limit - size / 4) break
    // Not before an indented (continuation) line.
    if (next === 0x20 || next === 0x09) continue
    fallback ??= end + 1
    if (/[.!?:|][ \t]*\r?$/.test(value.slice(Math.max(start, end - 8), end))) return end + 1
  }
  if (fallback !== undefined) return fallback
  if (any !== undefined) return any
  // One line longer than the window (a paragraph written without line breaks, a line indented
  // thousands of columns): cut after a sentence end, else inside a run of spaces, else after any
  // space, so that no word and, where possible, no phrase is split.
  let run: number | undefined
  let space: number | undefined
  for (let at = limit - 1; at > start && at >= limit - size / 4; at--) {
    if (value.charCodeAt(at) !== 0x20) continue
    if (/[.!?]["'’”»)]?$/.test(value.slice(Math.max(start, at - 3), at))) return at + 1
    if (run === undefined && value.charCodeAt(at - 1) === 0x20) run = at + 1
    space ??= at + 1
  }
  if (run !== undefined) return run
  if (space !== undefined) return space
  const after = /\r\n|\r|\n| /g
  after.lastIndex = limit
  const found = after.exec(value)
  return found ? found.index + found[0].length : undefined
}

/** The last LF or CR in [start, from]; -1 when none. Bounded, so that cutting stays linear. */
function lastLineEnd(value: string, start: number, from: number): number {
  for (let index = from; index >= start; index--) {
    const code = value.charCodeAt(index)
    if (code === 0x0a || code === 0x0d) return index
  }
  return -1
}

/** The blocks of a chunk parsed as Markdown; `skip`: the length of a prefix whose blocks are not wanted. */
function chunkBlocks(chunk: string, from: number, skip = 0): Block[] {
  const tree = markdown.parse(chunk) as MdastRoot
  // A carried header is only wanted when it does start a table; otherwise its lines could run
  // into the piece's first paragraph, at places that are not theirs.
  if (skip > 0 && !(tree.children[0]?.type === 'table' && (tree.children[0].position?.end.offset ?? 0) > skip)) {
    return chunkBlocks(chunk.slice(skip), from + skip)
  }
  const builder = new BlockBuilder()
  const blocks: Block[] = []
  const visit = (node: Nodes): void => {
    if (skip > 0 && (node.position?.end.offset ?? skip) <= skip) return
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
