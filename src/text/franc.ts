/**
 * The language detector of the main entry: franc, restricted to the candidate languages. franc
 * rather than franc-min because franc-min leaves out Danish (it keeps only languages with 8
 * million speakers or more). Its trigram data is large, so the light browser entry loads this
 * module only when asked (`loadLanguageDetection()`).
 */
import {francAll} from 'franc'
import type {LanguageRanker} from './language.js'

const toIso6393: Record<string, string> = {en: 'eng', da: 'dan', de: 'deu', fr: 'fra', nl: 'nld', sv: 'swe'}
const fromIso6393: Record<string, string> = Object.fromEntries(Object.entries(toIso6393).map(([short, long]) => [long, short]))

/** Rank candidate languages with franc. */
export const francRanker: LanguageRanker = (text, candidates) => {
  const only = candidates.flatMap((code) => (toIso6393[code] ? [toIso6393[code]] : []))
  if (only.length === 0) return []
  return francAll(text, {only, minLength: 10}).flatMap(([code, score]) => (fromIso6393[code] ? [[fromIso6393[code], score] as [string, number]] : []))
}
