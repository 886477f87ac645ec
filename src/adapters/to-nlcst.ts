/**
 * Blocks of text -> one nlcst tree whose positions point into the ORIGINAL document.
 * Only blocks that pass the pre-scan are parsed: the tree is sparse by design, so a long
 * document with few candidate paragraphs costs little more than reading it once.
 */
import type {Paragraph, Root, RootContent} from 'nlcst'
import type {Node, Point} from 'unist'
import type {Block} from './align.js'
import type {LanguageContext, LanguagePicker} from './languages.js'
import {LineIndex} from './line-index.js'
import {mayHideWords, unhideWords} from '../text/evasion.js'
import {addressSpans, mayHoldAddress} from '../text/addresses.js'
import {knowsWord} from '../match/matcher.js'

/** A natural-language parser (parse-english, parse-latin, parse-dutch). */
export interface NlParser {
  parse(value: string): Root
}

/**
 * Longest block handed to the natural-language parser at once. A "paragraph" of megabytes (a
 * file of a million lines with no blank line) is cut at line ends, or else at sentence ends or
 * spaces, so that only its pieces with a possible match are parsed. Prose paragraphs are far
 * shorter; a match can be missed only where it spans such a cut.
 */
const maxBlock = 4000
/** Size of the pieces such a block is cut into. */
const pieceSize = 1000

/** Ranges of at most about `pieceSize` characters, cut at a line end, sentence end or space. */
function pieces(text: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = from
  while (to - start > pieceSize) {
    const window = text.slice(start, start + pieceSize)
    // A line end, else a sentence end, else a space, in the second half of the window: a cut
    // inside a sentence would hide a phrase that spans it.
    let cut = window.lastIndexOf('\n')
    if (cut < pieceSize / 2) {
      const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '))
      cut = sentence >= pieceSize / 2 ? sentence + 1 : window.lastIndexOf(' ')
    }
    // One enormous word: leave it whole rather than cut it.
    if (cut <= 0) {
      const next = text.slice(start + pieceSize, to).search(/\s/)
      cut = next === -1 ? to - start : pieceSize + next
    }
    ranges.push([start, start + cut + 1])
    start += cut + 1
  }
  if (start < to) ranges.push([start, to])
  return ranges
}

/** Object replacement character: what an address reads as (as code spans do in Markdown). */
const barrier = '\uFFFC'

/** The block with each web or e-mail address replaced by one barrier character spanning it. */
function withoutAddresses(block: Block): Block {
  const spans = addressSpans(block.text)
  if (spans.length === 0) return block
  const parts: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let at = 0
  const keep = (from: number, to: number): void => {
    parts.push(block.text.slice(from, to))
    for (let index = from; index < to; index++) {
      starts.push(block.starts[index]!)
      ends.push(block.ends[index]!)
    }
  }
  for (const [from, to] of spans) {
    keep(at, from)
    parts.push(barrier)
    starts.push(block.starts[from]!)
    ends.push(block.ends[to - 1]!)
    at = to
  }
  keep(at, block.text.length)
  return {...block, text: parts.join(''), starts, ends}
}

/** Collects paragraphs of candidate blocks into a root. */
export class NlcstCollector {
  // `exactPositions`: positions point into the original document (the plugin may trust them).
  readonly root: Root = {type: 'RootNode', children: [], data: {exactPositions: true} as Root['data']}
  private readonly lines: LineIndex

  constructor(
    private readonly original: string,
    /** Chooses the language (rules, parser, pre-scan) of each block. */
    readonly languages: LanguagePicker,
    /** When given, each paragraph goes here as soon as it is parsed instead of into `root`. */
    private readonly onParagraph?: (paragraph: Paragraph) => void
  ) {
    this.lines = new LineIndex(original)
  }

  /** Add a block whose characters map to the original through `starts`/`ends`. */
  addBlock(block: Block): void {
    const context = this.languages.forBlock(block.text, block.language)
    if (!context) return
    if (block.text.length > maxBlock) {
      for (const [from, to] of pieces(block.text, 0, block.text.length)) {
        this.addBlockPiece({text: block.text.slice(from, to), starts: block.starts.slice(from, to), ends: block.ends.slice(from, to)}, context)
      }
      return
    }
    this.addBlockPiece(block, context)
  }

  private addBlockPiece(block: Block, context: LanguageContext): void {
    if (!context.prescanner.mayMatch(block.text)) return
    block = withoutAddresses(block)
    let {text, starts, ends} = block
    if (mayHideWords(text)) {
      // Parse the text with evasions undone; map each character back through both steps.
      const {ruleSet} = context
      const unhidden = unhideWords(text, (word) => knowsWord(ruleSet, word))
      starts = unhidden.from.map((at) => block.starts[at]!)
      ends = unhidden.to.map((at) => block.ends[at - 1]!)
      text = unhidden.text
    }
    const tree = context.parser.parse(text)
    this.remap(tree, (offset) => starts[offset] ?? ends.at(-1) ?? 0, (offset) => (offset > 0 ? ends[offset - 1]! : (starts[0] ?? 0)))
    this.collect(tree, context.language)
  }

  /** Add a range of the original that is plain text (no markup to map). */
  addRange(from: number, to: number): void {
    const context = this.languages.forBlock(to - from > maxBlock ? this.original.slice(from, from + maxBlock) : this.original.slice(from, to))
    if (!context) return
    if (to - from > maxBlock) {
      for (const [start, end] of pieces(this.original, from, to)) this.addRangePiece(start, end, context)
      return
    }
    this.addRangePiece(from, to, context)
  }

  private addRangePiece(from: number, to: number, context: LanguageContext): void {
    if (!context.prescanner.mayMatch(this.original, from, to)) return
    const text = this.original.slice(from, to)
    if (mayHideWords(this.original, from, to) || mayHoldAddress(text)) {
      // Evasions to undo or addresses to hide: go through the block path, one offset per character.
      const starts: number[] = []
      const ends: number[] = []
      for (let offset = from; offset < to; offset++) {
        starts.push(offset)
        ends.push(offset + 1)
      }
      this.addBlockPiece({text, starts, ends}, context)
      return
    }
    const tree = context.parser.parse(text)
    this.remap(tree, (offset) => offset + from, (offset) => offset + from)
    this.collect(tree, context.language)
  }


  private collect(tree: Root, language: string): void {
    for (const child of tree.children) {
      if (child.type === 'ParagraphNode') {
        child.data = {...child.data, language} as Paragraph['data']
        if (this.onParagraph) this.onParagraph(child)
        else this.root.children.push(child as Paragraph as RootContent)
      }
    }
  }

  private remap(tree: Root, startOf: (offset: number) => number, endOf: (offset: number) => number): void {
    const stack: Node[] = [tree]
    while (stack.length > 0) {
      const node = stack.pop()!
      const position = node.position
      if (position && position.start.offset !== undefined && position.end.offset !== undefined) {
        position.start = this.point(startOf(position.start.offset))
        position.end = this.point(endOf(position.end.offset))
      }
      // One by one: a spread of a huge child list would overflow the call stack.
      if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) stack.push(child)
    }
  }

  private point(offset: number): Point {
    return this.lines.point(offset)
  }
}
