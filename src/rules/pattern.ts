/**
 * The pattern language of rule files, parsed into plain element descriptions.
 * `[a|the]? tide of {group}` -> optional alternatives, word, word, lexicon reference.
 * Patterns are token sequences, never regular expressions: matching cost is bounded by the
 * pattern's length and its gaps, whatever the input.
 */

/** One parsed element of a pattern. */
export type PatternPart =
  | {kind: 'words'; alternatives: string[]; lexicons: string[]; optional: boolean; capture: string | undefined}
  /** `{a}+{b}`: one written word made of an entry of `a` and an entry of `b` (Migrantenflut). */
  | {kind: 'compound'; first: string; last: string; optional: boolean}
  | {kind: 'punct'; chars: string[]; optional: boolean}
  | {kind: 'gap'; max: number}
  | {kind: 'mark'; side: 'start' | 'end'}

/** The largest gap a pattern may contain, keeping matching cost small and predictable. */
export const maxGap = 6

/**
 * Parse a pattern; throws an `Error` with a readable message when it is malformed. A context
 * (`unless.before` / `unless.after`) may consist of punctuation alone (`?`).
 */
export function parsePattern(source: string, context = false): PatternPart[] {
  const parts: PatternPart[] = []
  let index = 0
  const length = source.length
  while (index < length) {
    const char = source[index]!
    if (/\s/.test(char)) {
      index++
      continue
    }
    let raw: string
    let optional = false
    if (char === '[' || char === '{') {
      const close = char === '[' ? ']' : '}'
      const end = source.indexOf(close, index + 1)
      if (end === -1) throw new Error(`unclosed "${char}" in pattern "${source}"`)
      raw = source.slice(index, end + 1)
      index = end + 1
      // "{a}+{b}": a compound of two lexicons' entries, written as one word.
      if (char === '{' && source[index] === '+' && source[index + 1] === '{') {
        const second = source.indexOf('}', index + 2)
        if (second === -1) throw new Error(`unclosed "{" in pattern "${source}"`)
        raw = source.slice(index - raw.length, second + 1)
        index = second + 1
      }
    } else {
      let end = index
      while (end < length && !/\s/.test(source[end]!)) end++
      raw = source.slice(index, end)
      index = end
      if (raw.length > 1 && raw.endsWith('?')) {
        raw = raw.slice(0, -1)
        optional = true
      }
    }
    if (source[index] === '?') {
      optional = true
      index++
    }
    parts.push(parsePart(raw, optional, source))
  }
  if (parts.length === 0) throw new Error('empty pattern')
  const marks = parts.filter((part) => part.kind === 'mark')
  if (marks.length > 0) {
    const start = parts.findIndex((part) => part.kind === 'mark' && part.side === 'start')
    const end = parts.findIndex((part) => part.kind === 'mark' && part.side === 'end')
    const reported = parts.slice(start === -1 ? 0 : start + 1, end === -1 ? parts.length : end)
    if (marks.length > 2 || (start !== -1 && end !== -1 && end < start) || !reported.some((part) => isRequiredWord(part))) {
      throw new Error(`pattern "${source}" must have at most one "<" before at most one ">", around a required word`)
    }
  }
  const inner = parts.filter((part) => part.kind !== 'mark')
  if (inner[0]!.kind === 'gap' || inner.at(-1)!.kind === 'gap') throw new Error(`pattern "${source}" starts or ends with a gap`)
  if (!parts.some((part) => isRequiredWord(part)) && !(context && parts.some((part) => part.kind === 'punct' && !part.optional))) {
    throw new Error(`pattern "${source}" has no required word`)
  }
  return parts
}

function isRequiredWord(part: PatternPart): boolean {
  return (part.kind === 'words' || part.kind === 'compound') && !part.optional
}

function parsePart(raw: string, optional: boolean, source: string): PatternPart {
  // "<" and ">" mark the part of the match that is reported; the rest is context.
  if ((raw === '<' || raw === '>') && !optional) return {kind: 'mark', side: raw === '<' ? 'start' : 'end'}
  const gap = /^\.\.(\d+)$/.exec(raw)
  if (gap) {
    const max = Number(gap[1])
    if (max < 1 || max > maxGap) throw new Error(`gap "${raw}" in pattern "${source}" must be ..1 to ..${maxGap}`)
    if (optional) throw new Error(`gap "${raw}" cannot be optional`)
    return {kind: 'gap', max}
  }
  const compound = /^\{([^{}]*)\}\+\{([^{}]*)\}$/.exec(raw)
  if (compound) {
    const first = compound[1]!.trim()
    const last = compound[2]!.trim()
    checkLexiconName(first, source)
    checkLexiconName(last, source)
    return {kind: 'compound', first, last, optional}
  }
  if (raw.startsWith('{')) {
    const name = raw.slice(1, -1).trim()
    checkLexiconName(name, source)
    return {kind: 'words', alternatives: [], lexicons: [name], optional, capture: name}
  }
  const options = raw.startsWith('[') ? raw.slice(1, -1).split('|').map((option) => option.trim()) : [raw]
  if (options.some((option) => option === '')) throw new Error(`empty alternative in "${raw}" of pattern "${source}"`)
  if (options.every((option) => /^[\p{P}\p{S}]+$/u.test(option))) {
    return {kind: 'punct', chars: options, optional}
  }
  const alternatives: string[] = []
  const lexicons: string[] = []
  for (const option of options) {
    if (option.startsWith('{') && option.endsWith('}')) {
      const name = option.slice(1, -1).trim()
      checkLexiconName(name, source)
      lexicons.push(name)
    } else if (/[[\]{}|]/.test(option)) {
      throw new Error(`unexpected bracket in "${option}" of pattern "${source}"`)
    } else if ((!/^[\p{L}\p{M}\p{N}'’.\-*:_· ]+$/u.test(option) && !/^[\p{P}\p{S}]+$/u.test(option)) || /\.[*+]/.test(option)) {
      // Regular-expression syntax ("(a+)+", "colou?r") would never match a word: say so.
      throw new Error(`"${option}" in pattern "${source}" is not a word (patterns are words, [a|b] options, {lexicons} and ..N gaps, not regular expressions)`)
    } else {
      alternatives.push(option)
    }
  }
  return {kind: 'words', alternatives, lexicons, optional, capture: undefined}
}

function checkLexiconName(name: string, source: string): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`bad lexicon name "{${name}}" in pattern "${source}"`)
}
