/**
 * Language detection for `language: 'auto'`. The detector is pluggable so that the light browser
 * entry (`stigma-aware/core`) can load it on demand: `./franc.ts` is the one the main entry
 * installs. Without a detector, `auto` falls back to the declared or fallback language.
 */

/** Ranks the candidates (two-letter codes) for a text: best first, each with a score in (0, 1]. */
export type LanguageRanker = (text: string, candidates: readonly string[]) => Array<[string, number]>

let ranker: LanguageRanker | undefined

/** Install the detector (`undefined` removes it). */
export function setLanguageRanker(value: LanguageRanker | undefined): void {
  ranker = value
}


/** Fewer letters than this and the text is too short to tell its language reliably. */
export const minimumLetters = 40

/** Runner-up scores above this (the winner scores 1) leave a short text undecided. */
const nearTie = 0.95
/** Texts shorter than this (in characters) are held to the near-tie rule. */
const shortText = 600

/** Fewer different words than this and the text is too repetitive to tell its language. */
const minimumWords = 8

function distinctWords(text: string, stopAt: number): number {
  const seen = new Set<string>()
  for (const [word] of text.toLowerCase().matchAll(/\p{L}{2,}/gu)) {
    seen.add(word)
    if (seen.size >= stopAt) break
  }
  return seen.size
}

/** Longest text handed to the detector: its trigram profile is settled long before. */
const maxSample = 2000

/** The primary subtag of a BCP 47 tag ("de-AT" -> "de"), lower case; undefined when empty. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0]
  return primary ? primary : undefined
}

function letterCount(text: string, stopAt: number): number {
  let count = 0
  for (const char of text) {
    if (/\p{L}/u.test(char) && ++count >= stopAt) break
  }
  return count
}

/**
 * The language of a text among `candidates` (two-letter codes), or undefined when the text is
 * too short or no candidate fits.
 */
export function detectLanguage(text: string, candidates: readonly string[]): string | undefined {
  if (!ranker || candidates.length === 0) return undefined
  const sample = text.length > maxSample ? text.slice(0, maxSample) : text
  if (letterCount(sample, minimumLetters) < minimumLetters) return undefined
  // A text with few different words (a list of items, one line repeated) has too little language
  // in it to tell, however long it is.
  if (distinctWords(sample, minimumWords) < minimumWords) return undefined
  if (candidates.length === 1) return candidates[0]
  const ranked = ranker(sample, candidates)
  const best = ranked[0]
  if (!best) return undefined
  // Danish and Swedish share most trigrams; their own letters settle a close call.
  const second = ranked[1]
  if (second && second[1] > 0.8 && [best[0], second[0]].sort().join() === 'da,sv') {
    const danish = (sample.match(/[æøÆØ]/g) ?? []).length
    const swedish = (sample.match(/[äöÄÖ]/g) ?? []).length
    if (danish !== swedish) return danish > swedish ? 'da' : 'sv'
  }
  // On a short text a near tie means the detector cannot tell (a few words, names, a mix). The
  // scores of long texts crowd together, so there the word count above decides instead.
  if (second && second[1] > nearTie && sample.length < shortText) return undefined
  return best[0]
}
