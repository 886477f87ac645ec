/**
 * Undoing the tricks people use to slip a word past a word list, before the text is parsed:
 * invisible characters inside words, words broken with a hyphen at a line end, and words spelled
 * letter by letter ("i l l e g a l s"). Joins are made only when the joined word is in the rule
 * set's vocabulary, so ordinary compounds split at a line end ("asylum-\nseekers") stay apart.
 * Every output character remembers the input range it came from, so positions stay exact.
 * (Look-alike letters from other scripts and full-width forms are folded in `normalizeWord`.)
 */
import {normalizeWord} from './normalize.js'

/** Characters that render as nothing. */
const invisibleCharacters = /[\u00AD\u200B-\u200D\u2060\uFEFF]/

const suspicious = /[\u00AD\u200B-\u200D\u2060\uFEFF]|[\p{L}\p{M}][-\u2010][ \t]*\r?\n|(?<![\p{L}\p{M}])\p{L} \p{L} \p{L}(?![\p{L}\p{M}])/u

/** Whether `text.slice(start, end)` may hide a word by one of these tricks (a cheap test before the real pass). */
export function mayHideWords(text: string, start = 0, end = text.length): boolean {
  // A regular expression cannot stop at `end`: test a copy of the range (linear over a document).
  return suspicious.test(start === 0 && end === text.length ? text : text.slice(start, end))
}

/** Text with evasions undone, and for each of its characters the input range [from, to). */
export interface Unhidden {
  text: string
  from: number[]
  to: number[]
}

/**
 * Undo evasions in `text`. `known` tells whether a normalised word is in the vocabulary.
 */
/** The longest letter-spaced word that is joined ("i l l e g a l s" has 8 letters). */
const maxSpacedLetters = 40

export function unhideWords(text: string, known: (word: string) => boolean): Unhidden {
  const out: string[] = []
  const from: number[] = []
  const to: number[] = []
  const push = (char: string, start: number, end: number) => {
    out.push(char)
    from.push(start)
    to.push(end)
  }
  const length = text.length
  let index = 0
  while (index < length) {
    const char = text[index]!
    if (invisibleCharacters.test(char)) {
      index++
      continue
    }
    // "i l l e g a l s": a run of single letters separated by single spaces.
    if (isLetter(char) && !isLetter(text[index - 1] ?? '') && text[index + 1] === ' ' && isLetter(text[index + 2] ?? '')) {
      let end = index
      const letters: number[] = [index]
      while (letters.length < maxSpacedLetters + 2 && text[end + 1] === ' ' && isLetter(text[end + 2] ?? '') && !isLetter(text[end + 3] ?? '')) {
        end += 2
        letters.push(end)
      }
      const found = knownRun(text, letters, known)
      // Letters before the hidden word (one-letter words: "a", Swedish "i") stay as written.
      const stop = found ? letters[found.skip]! : end + 1
      for (let at = index; at < stop; at++) push(text[at]!, at, at + 1)
      if (found) {
        for (const at of letters.slice(found.skip, found.skip + found.count)) push(text[at]!, at, at + 1)
        index = letters[found.skip + found.count - 1]! + 1
      } else {
        // No known word in the run: it is read as written, and not scanned again letter by letter.
        index = end + 1
      }
      continue
    }
    // "ille-\ngals": a hyphen at a line end inside a known word.
    if ((char === '-' || char === '\u2010') && isLetter(text[index - 1] ?? '')) {
      const broken = /^[ \t]*\r?\n[ \t]*/.exec(text.slice(index + 1, index + 40))
      if (broken) {
        const after = index + 1 + broken[0].length
        const before = wordBefore(out)
        const next = /^[\p{L}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]+/u.exec(text.slice(after, after + 64))?.[0] ?? ''
        if (before !== '' && next !== '' && known(normalizeWord(before + next))) {
          index = after
          continue
        }
      }
    }
    push(char, index, index + 1)
    index++
  }
  return {text: out.join(''), from, to}
}

/**
 * The known word hidden in a run of spaced letters: it may start after up to two one-letter words
 * and end before one ("a i l l e g a l s", "… g ä n g i går"); the longest one wins.
 */
function knownRun(text: string, letters: number[], known: (word: string) => boolean): {skip: number; count: number} | undefined {
  // Each letter is one UTF-16 unit (isLetter reads one), so the run's prefixes are slices of it.
  const run = letters.map((at) => text[at]).join('')
  for (let skip = 0; skip <= 2 && skip + 3 <= letters.length; skip++) {
    for (let count = Math.min(letters.length - skip, maxSpacedLetters); count >= 3; count--) {
      if (known(normalizeWord(run.slice(skip, skip + count)))) return {skip, count}
    }
  }
  return undefined
}

function isLetter(char: string): boolean {
  return char !== '' && /[\p{L}\p{M}]/u.test(char)
}

function wordBefore(out: string[]): string {
  let word = ''
  for (let index = out.length - 1; index >= 0 && index >= out.length - 64; index--) {
    if (!isLetter(out[index]!)) break
    word = out[index] + word
  }
  return word
}
