/**
 * The browser build's budget: `stigma-aware/core` with English rules, minified and gzipped,
 * stays under 150 KiB; other languages and the detector are separate chunks.
 */
import {describe, expect, it} from 'vitest'
import {coreBudget, measureBundle} from '../scripts/bundle-size.js'

describe('browser bundle', () => {
  it('keeps stigma-aware/core under its gzip budget, with every language and the detector in their own chunks', async () => {
    const sizes = await measureBundle()
    console.log([...sizes].map(([name, size]) => `${name}: ${(size / 1024).toFixed(1)} KiB gzip`).join('\n'))
    expect(sizes.get('core.js')).toBeLessThan(coreBudget)
    for (const chunk of ['da.js', 'de.js', 'fr.js', 'nl.js', 'sv.js', 'franc.js']) expect([...sizes.keys()], chunk).toContain(chunk)
  }, 60_000)
})
