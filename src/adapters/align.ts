/**
 * Map text extracted from Markdown or HTML back to the original source, character by character.
 * Parsers give a node's decoded `value` ("Tom & Jerry *met*") and its source span
 * ("Tom &amp; Jerry \*met\*"); walking both together recovers, for every value character, the
 * source range it came from. One linear pass per text node: no drift after character
 * references, escapes, or container prefixes ("> ", list indentation) inside a node's span.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'

/** Text of one block with, for each character, its start and end offset in the original. */
export interface Block {
  text: string
  starts: number[]
  ends: number[]
  /** The language its markup declares (an HTML `lang` attribute). */
  language?: string | undefined
}

/** A block being assembled from text nodes. */
export class BlockBuilder {
  // The text is kept as pieces (a node's whole value at a time), the offsets one per character.
  private parts: string[] = []
  starts: number[] = []
  ends: number[] = []
  /** Added to every offset: the start of the chunk the source spans are relative to. */
  private base = 0

  /**
   * Append a node's decoded value, aligned with its source span [from, to). `base` is added to
   * every offset (spans relative to a chunk of the document).
   */
  appendAligned(value: string, source: string, from: number, to: number, escapes: boolean, base = 0): void {
    if (value === '') return
    this.base = base
    this.parts.push(value)
    this.align(value, source, from, to, escapes)
    this.base = 0
  }

  private align(value: string, source: string, from: number, to: number, escapes: boolean): void {
    // parse5 can put the start of a text node that begins with a character reference a few
    // characters late; when the first character cannot start there, align from the end instead.
    const first = source.charCodeAt(from)
    const plausible =
      source[from] === value[0] || first === 38 /* & */ || first === 92 /* \ */ || (first === 13 && value[0] === '\n') || (first === 0 && value[0] === '\uFFFD')
    if (!plausible && from < to) {
      this.alignBackwards(value, 0, source, Math.max(0, from - maxReferenceLength), to)
      return
    }
    let lastMatched = from
    let position = from
    let index = 0
    while (index < value.length) {
      if (position >= to) {
        // A character was not found in the span (a parser's position was off): align the rest
        // from the end of the span backwards instead.
        this.alignBackwards(value, index, source, lastMatched, to)
        return
      }
      const char = source.charCodeAt(position)
      if (char === 38 /* & */) {
        const reference = characterReference(source, position, to)
        if (reference && value.startsWith(reference.value, index)) {
          for (let inner = 0; inner < reference.value.length; inner++) this.push(value[index + inner]!, position, reference.end)
          index += reference.value.length
          position = reference.end
          lastMatched = position
          continue
        }
      }
      if (escapes && char === 92 /* \ */ && position + 1 < to && source[position + 1] === value[index] && /[!-/:-@[-`{-~]/.test(value[index]!)) {
        this.push(value[index]!, position, position + 2)
        index++
        position += 2
        lastMatched = position
        continue
      }
      // HTML parsers turn CR and CRLF into LF.
      if (char === 13 /* \r */ && value[index] === '\n') {
        const end = source.charCodeAt(position + 1) === 10 && position + 1 < to ? position + 2 : position + 1
        this.push('\n', position, end)
        index++
        position = end
        lastMatched = position
        continue
      }
      // Parsers replace NUL with U+FFFD.
      if (source[position] === value[index] || (char === 0 && value[index] === '\uFFFD')) {
        this.push(value[index]!, position, position + 1)
        index++
        lastMatched = position + 1
      }
      // Anything else in the span (container prefixes, indentation) is not in the value: skip it.
      position++
    }
  }

  private alignBackwards(value: string, first: number, source: string, from: number, to: number): void {
    const starts: number[] = []
    const ends: number[] = []
    let position = to - 1
    for (let index = value.length - 1; index >= first; index--) {
      // A character reference ending here ("&#233;") stands for the value's last characters.
      if (source[position] === ';') {
        const amp = source.lastIndexOf('&', position)
        const reference = amp >= from && position - amp <= maxReferenceLength ? characterReference(source, amp, position + 1) : undefined
        if (reference && reference.end === position + 1 && index - reference.value.length + 1 >= first && value.startsWith(reference.value, index - reference.value.length + 1)) {
          for (let inner = 0; inner < reference.value.length; inner++) {
            starts.push(amp)
            ends.push(position + 1)
          }
          index -= reference.value.length - 1
          position = amp - 1
          continue
        }
      }
      // Within a text node, neighbouring characters are at most a character reference apart.
      const char = value[index]!
      const limit = Math.max(from, position - maxReferenceLength)
      let found = position
      while (found >= limit && !sameCharacter(source, found, char)) found--
      if (found >= limit) {
        starts.push(found)
        ends.push(found + 1)
        position = found - 1
      } else {
        // Not in the span at all: pin it to where the aligned text begins.
        const at = starts.at(-1) ?? from
        starts.push(at)
        ends.push(at)
      }
    }
    for (let index = first; index < value.length; index++) this.push(value[index]!, starts.pop()!, ends.pop()!)
  }

  /** Append characters that stand for a whole source range (a code span, a line break). */
  appendSpan(value: string, from: number, to: number): void {
    this.parts.push(value)
    for (let index = 0; index < value.length; index++) this.push(value[index]!, from, to)
  }

  // Record where the next character of the text (already in `parts`) came from.
  private push(_char: string, start: number, end: number): void {
    this.starts.push(start + this.base)
    this.ends.push(end + this.base)
  }

  /** Take the block built so far (if it has any letters) and start a new one. */
  flush(): Block | undefined {
    const text = this.parts.join('')
    const block = /\p{L}/u.test(text) ? {text, starts: this.starts, ends: this.ends} : undefined
    this.parts = []
    this.starts = []
    this.ends = []
    return block
  }
}

/** Whether the source character at `at` reads as `char` in a parser's decoded value. */
function sameCharacter(source: string, at: number, char: string): boolean {
  const code = source.charCodeAt(at)
  return source[at] === char || (code === 13 && char === '\n') || (code === 0 && char === '\uFFFD')
}

/** Longest character reference the alignment expects (`&CounterClockwiseContourIntegral;` is 33). */
const maxReferenceLength = 40

const referencePattern = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));?/y

function characterReference(source: string, at: number, to: number): {value: string; end: number} | undefined {
  referencePattern.lastIndex = at
  const found = referencePattern.exec(source)
  if (!found || at + found[0].length > to) return undefined
  const end = at + found[0].length
  if (found[1] !== undefined || found[2] !== undefined) {
    const code = found[1] !== undefined ? Number.parseInt(found[1], 16) : Number.parseInt(found[2]!, 10)
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) return {value: '\uFFFD', end}
    return {value: String.fromCodePoint(code), end}
  }
  const decoded = decodeNamedCharacterReference(found[3]!)
  return decoded === false ? undefined : {value: decoded, end}
}
