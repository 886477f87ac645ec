/**
 * Language detection for `language: 'auto'`: franc, restricted to the languages stigma-aware has
 * rules for. franc rather than franc-min because franc-min leaves out Danish (it keeps only
 * languages with 8 million speakers or more). Short texts are not guessed: the caller falls back.
 */
import {francAll} from 'franc'

const toIso6393: Record<string, string> = {en: 'eng', da: 'dan', de: 'deu', fr: 'fra', nl: 'nld', sv: 'swe'}
const fromIso6393: Record<string, string> = Object.fromEntries(Object.entries(toIso6393).map(([short, long]) => [long, short]))

/** Fewer letters than this and the text is too short to tell its language reliably. */
export const minimumLetters = 40

/** Runner-up scores above this (the winner scores 1) leave the language undecided. */
const nearTie = 0.97

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
  const sample = text.length > maxSample ? text.slice(0, maxSample) : text
  if (letterCount(sample, minimumLetters) < minimumLetters) return undefined
  const only = candidates.flatMap((code) => (toIso6393[code] ? [toIso6393[code]] : []))
  if (only.length === 0) return undefined
  if (only.length === 1) return candidates[0]
  const ranked = francAll(sample, {only, minLength: 10})
  let best = ranked[0]
  if (!best || best[0] === 'und') return undefined
  // Danish and Swedish share most trigrams; their own letters settle a close call.
  const second = ranked[1]
  if (second && second[1] > 0.8 && new Set([best[0], second[0]]).size === 2 && [best[0], second[0]].every((code) => code === 'dan' || code === 'swe')) {
    const danish = (sample.match(/[æøÆØ]/g) ?? []).length
    const swedish = (sample.match(/[äöÄÖ]/g) ?? []).length
    if (danish !== swedish) return danish > swedish ? 'da' : 'sv'
  }
  // A near tie means the text has too little language in it (lists, names, repeated lines).
  if (second && second[1] > nearTie) return undefined
  return fromIso6393[best[0]]
}
