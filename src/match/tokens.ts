/**
 * nlcst -> tokens: the flat view of a sentence that the matcher walks. Words split at inner
 * hyphens ("asylum-seekers" -> asylum, seekers), punctuation is kept, white space is dropped,
 * code (`SourceNode`) becomes a barrier. Each token knows whether it sits inside quotation marks.
 */
import type {Nodes, Paragraph, Sentence} from 'nlcst'
import type {Point} from 'unist'
import {normalizeWord} from '../text/normalize.js'

/** A token of a sentence. */
export interface Token {
  kind: 'word' | 'punct' | 'barrier'
  /** Normalised text (words) or the mark itself (punctuation). */
  norm: string
  start: Point
  end: Point
  /** Inside quotation marks. */
  quoted: boolean
  /** The word follows an inner hyphen of the same written word ("Migranten-Flut"): a compound's second half. */
  joined?: boolean
  /** The nlcst node and its index in the sentence (for use-vs-mention checks). */
  node: Nodes
  index: number
}

const hyphens = new Set(['-', '\u2010', '\u2011'])

/** French elided words: "l'immigré" is read as "l" + "immigré", "qu'ils" as "qu" + "ils". */
export const elisions = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu'])
const apostropheMarks = new Set(["'", '\u2019', '\u02BC'])

function textOf(node: Nodes): string {
  if ('value' in node) return node.value
  if ('children' in node) {
    let result = ''
    for (const child of node.children) result += textOf(child as Nodes)
    return result
  }
  return ''
}

/** A word "in" or "innen" right after a gender star, with no space between. */
function genderEnding(node: Nodes | undefined): boolean {
  return node?.type === 'WordNode' && /^in(?:nen)?$/i.test(textOf(node))
}

/** Tokens of one sentence (quotation state filled in by `markQuotes`). */
export function sentenceTokens(sentence: Sentence, language = 'en'): Token[] {
  const elide = language === 'fr'
  const tokens: Token[] = []
  let skip = -1
  sentence.children.forEach((child, index) => {
    const position = child.position
    if (!position || index === skip) return
    if (child.type === 'WordNode') {
      let pieceStart: Point | undefined
      let pieceEnd: Point | undefined
      let text = ''
      // Punctuation inside a word ("don't", "U.S") belongs to it; at its end ("ill." taken for an
      // abbreviation) it does not, so it is held until more text follows.
      let held = ''
      let joined = false
      const flush = () => {
        if (pieceStart && pieceEnd && text !== '') {
          const token: Token = {kind: 'word', norm: normalizeWord(text), start: pieceStart, end: pieceEnd, quoted: false, node: child, index}
          if (joined) token.joined = true
          tokens.push(token)
        }
        pieceStart = undefined
        pieceEnd = undefined
        text = ''
        held = ''
      }
      for (const part of child.children) {
        if (part.type === 'PunctuationNode' && hyphens.has(part.value)) {
          flush()
          joined = true
          continue
        }
        if (elide && part.type === 'PunctuationNode' && apostropheMarks.has(part.value) && held === '' && elisions.has(normalizeWord(text))) {
          flush()
          joined = false
          continue
        }
        if (!part.position) continue
        if (part.type !== 'TextNode') {
          if (pieceStart) held += textOf(part as Nodes)
          continue
        }
        pieceStart ??= part.position.start
        if (held !== '') text += held
        held = ''
        pieceEnd = part.position.end
        text += part.value
      }
      flush()
    } else if (child.type === 'SymbolNode' && child.value === '*' && genderEnding(sentence.children[index + 1]) && tokens.at(-1)?.kind === 'word' && tokens.at(-1)!.end.offset === position.start.offset) {
      // "Migrant*innen": the parser splits at the star; read it as one word, as the other spellings are.
      const next = sentence.children[index + 1]!
      const previous = tokens.at(-1)!
      previous.norm = normalizeWord(previous.norm + '*' + textOf(next as Nodes))
      previous.end = next.position!.end
      skip = index + 1
    } else if (child.type === 'SymbolNode' && child.value.includes('\uFFFC')) {
      // Stand-in for code, images or inline HTML: nothing matches across it.
      tokens.push({kind: 'barrier', norm: '', start: position.start, end: position.end, quoted: false, node: child, index})
    } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      tokens.push({kind: 'punct', norm: child.value, start: position.start, end: position.end, quoted: false, node: child, index})
    } else if (child.type === 'SourceNode') {
      tokens.push({kind: 'barrier', norm: '', start: position.start, end: position.end, quoted: false, node: child, index})
    }
  })
  return tokens
}

// Opening mark -> the marks that can close it, in the typography of each supported language.
const pairs: Record<string, string> = {
  '\u201C': '\u201D', // “ ” (English, Dutch, French)
  '\u201E': '\u201C\u201D', // „ “ (German, Danish) and „ ” (Dutch)
  '\u00AB': '\u00BB', // « » (French)
  '\u00BB': '\u00AB\u00BB', // » « (German, Danish) and » » (Swedish)
  '\u2018': '\u2019', // ‘ ’
  '\u201A': '\u2018\u2019', // ‚ ‘
  '"': '"',
  "'": "'",
  '\u201D': '\u201D' // ” ” (Swedish)
}

/**
 * Mark tokens between matching quotation marks, across the sentences of a paragraph.
 * An opening mark that never closes quotes nothing (it was probably an apostrophe).
 */
export function markQuotes(sentences: Token[][]): void {
  const flat = sentences.flat()
  const stack: Array<{close: string; at: number}> = []
  for (let index = 0; index < flat.length; index++) {
    const token = flat[index]!
    if (token.kind !== 'punct') continue
    const mark = token.norm
    // Close the innermost open quotation this mark closes; openers above it never closed.
    let depth = stack.length - 1
    while (depth >= 0 && !stack[depth]!.close.includes(mark)) depth--
    if (depth >= 0) {
      const opener = stack[depth]!
      stack.length = depth
      for (let inner = opener.at + 1; inner < index; inner++) flat[inner]!.quoted = true
      continue
    }
    if (mark === "'" || mark === '\u2019') {
      // An apostrophe glued to the end of a word ("refugees' rights") is not a quotation mark.
      const previous = flat[index - 1]
      if (previous && previous.kind === 'word' && previous.end.offset === token.start.offset) continue
    }
    const close = pairs[mark]
    if (close !== undefined) stack.push({close, at: index})
  }
}

/** Tokens of every sentence of a paragraph, with quotation state. */
export function paragraphTokens(paragraph: Paragraph, language = 'en'): Array<{sentence: Sentence; tokens: Token[]}> {
  const result: Array<{sentence: Sentence; tokens: Token[]}> = []
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') result.push({sentence: child, tokens: sentenceTokens(child, language)})
  }
  markQuotes(result.map((entry) => entry.tokens))
  return result
}
