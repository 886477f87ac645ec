/**
 * The playground's colours meet WCAG 2.2 AA, computed from the palette the page itself applies
 * (playground/src/palette.ts): text 4.5:1 (1.4.3), underlines, borders and the focus ring 3:1
 * against what they sit on (1.4.11, 2.4.13's contrast part).
 */
import {describe, expect, it} from 'vitest'
import {categories, contrast, cssVariables, palette, severityLabels, severityLines} from '../../playground/src/palette.js'

const severities = ['error', 'warning', 'info'] as const

describe('playground palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(() => contrast('red', '#ffffff')).toThrow(/#rrggbb/)
  })

  it('has body, secondary and link text at 4.5:1 on the page and the panels', () => {
    for (const background of [palette.background, palette.panel]) {
      expect(contrast(palette.text, background)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(palette.muted, background)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(palette.accent, background)).toBeGreaterThanOrEqual(4.5)
    }
    expect(contrast(palette.onAccent, palette.accent)).toBeGreaterThanOrEqual(4.5)
    // The findings count and the list's letter badges: background-coloured text on text colour.
    expect(contrast(palette.background, palette.text)).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps the draft readable on every highlight, and the severity colours visible', () => {
    const rows: string[] = []
    for (const severity of severities) {
      const {tint, strong, onStrong} = palette[severity]
      const ratios = {
        textOnTint: contrast(palette.text, tint),
        badge: contrast(onStrong, strong),
        lineOnTint: contrast(strong, tint),
        lineOnPage: contrast(strong, palette.background),
        labelOnPage: contrast(strong, palette.background),
        focusOnTint: contrast(palette.focus, tint)
      }
      rows.push(`${severity}: ${Object.entries(ratios).map(([name, ratio]) => `${name} ${ratio.toFixed(2)}`).join(', ')}`)
      expect(ratios.textOnTint, `${severity} text on tint`).toBeGreaterThanOrEqual(4.5)
      expect(ratios.badge, `${severity} badge letter`).toBeGreaterThanOrEqual(4.5)
      expect(ratios.lineOnTint, `${severity} underline on tint`).toBeGreaterThanOrEqual(3)
      // The severity word in the list ("Warning") is text in the strong colour.
      expect(ratios.labelOnPage, `${severity} label on page`).toBeGreaterThanOrEqual(4.5)
      expect(ratios.focusOnTint, `${severity} focus ring on tint`).toBeGreaterThanOrEqual(3)
    }
    console.log(rows.join('\n'))
  })

  it('has control borders and the focus ring at 3:1', () => {
    for (const background of [palette.background, palette.panel]) {
      expect(contrast(palette.border, background)).toBeGreaterThanOrEqual(3)
      expect(contrast(palette.focus, background)).toBeGreaterThanOrEqual(3)
    }
  })

  it('tells severity and category apart without colour', () => {
    expect(new Set(Object.values(severityLines)).size).toBe(3)
    expect(new Set(Object.values(severityLabels)).size).toBe(3)
    const letters = Object.values(categories).map((category) => category.letter)
    expect(new Set(letters).size).toBe(letters.length)
    expect(Object.keys(cssVariables())).toContain('--warning-strong')
  })
})
