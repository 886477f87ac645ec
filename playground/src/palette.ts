/**
 * Colours, severity and category labels of the playground. The page sets the colours as CSS
 * custom properties from here, so that the contrast test (test/e2e/playground-palette.test.ts)
 * checks exactly the colours the page shows. No DOM in this module.
 */
import type {Category} from '../../src/core.js'

export type SeverityName = 'error' | 'warning' | 'info'

/** The page's colours (sRGB hex). */
export const palette = {
  /** Page and editor background. */
  background: '#ffffff',
  /** Body text, and the draft's text over the highlights. */
  text: '#1b1b1f',
  /** Secondary text (hints, line numbers, status line). */
  muted: '#4f5260',
  /** Links and the primary button. */
  accent: '#0a4fb5',
  /** Text on the primary button. */
  onAccent: '#ffffff',
  /** Control borders (3:1 against the background: WCAG 1.4.11 non-text contrast). */
  border: '#767985',
  /** The keyboard focus ring. */
  focus: '#8a2be2',
  /** Panels (the findings list, the pop-up's header). */
  panel: '#f4f5f8',
  /** Per severity: `tint` behind the flagged words, `strong` for their underline and badge, `onStrong` for the badge's letter. */
  error: {tint: '#fde3e1', strong: '#b3261e', onStrong: '#ffffff'},
  warning: {tint: '#fdefc3', strong: '#8a4b00', onStrong: '#ffffff'},
  info: {tint: '#e1ebfb', strong: '#1f5ca8', onStrong: '#ffffff'}
} as const

/** Severity names shown in the page (`info` findings are advice). */
export const severityLabels: Record<SeverityName, string> = {error: 'Error', warning: 'Warning', info: 'Advice'}

/** Underline style per severity: severity is told by the line's style and the label too, not by colour alone. */
export const severityLines: Record<SeverityName, 'solid' | 'dashed' | 'dotted'> = {error: 'solid', warning: 'dashed', info: 'dotted'}

/** Per category: the name shown in the list and pop-up, and the letter of the badge on the highlight. */
export const categories: Record<Category, {label: string; letter: string; hint: string}> = {
  term: {label: 'Term', letter: 'T', hint: 'an outdated or discouraged word for a group'},
  generalisation: {label: 'Generalisation', letter: 'G', hint: 'a trait or act ascribed to a whole group'},
  conflation: {label: 'Conflation', letter: 'C', hint: 'a group equated with violence, extremism or crime'},
  metaphor: {label: 'Metaphor', letter: 'M', hint: 'people pictured as water, animals or disease, or a diagnosis used as a figure of speech'},
  othering: {label: 'Othering', letter: 'O', hint: 'a group set apart from “us” or “ordinary people”'},
  'collective-blame': {label: 'Collective blame', letter: 'B', hint: 'a group asked to answer for what some of its members did'},
  label: {label: 'Label', letter: 'L', hint: 'a person reduced to a diagnosis or a status'},
  slur: {label: 'Slur', letter: 'S', hint: 'an insult for a group'},
  'irrelevant-attribute': {label: 'Irrelevant attribute', letter: 'A', hint: 'origin, faith or health mentioned where it does not matter'}
}

/** Category order in the findings list. */
export const categoryOrder = Object.keys(categories) as Category[]

/** The severity of a message from its `fatal` field. */
export function severityOf(fatal: boolean | null | undefined): SeverityName {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}

/** WCAG 2 relative luminance of an sRGB hex colour (`#rrggbb`). */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new TypeError(`not a #rrggbb colour: ${hex}`)
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((part) => {
    const channel = Number.parseInt(part, 16) / 255
    return channel <= 0.040_45 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** The palette as CSS custom properties (`--text`, `--error-tint`, ...). */
export function cssVariables(): Record<string, string> {
  const variables: Record<string, string> = {}
  for (const [name, value] of Object.entries(palette)) {
    if (typeof value === 'string') variables[`--${name}`] = value
    else for (const [part, colour] of Object.entries(value)) variables[`--${name}-${part}`] = colour
  }
  return variables
}
