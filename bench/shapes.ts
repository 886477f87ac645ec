/** Documents for the stress run: prose at several sizes, and adversarial shapes. */
import {makeDocument} from './corpus.js'
import type {Format} from '../src/types.js'

export interface Shape {
  format: Format
  make: () => string
  /** `maxFindings` for the check (default: the library's, 10,000). */
  maxFindings?: number
}

export const shapes: Record<string, Shape> = {
  'prose 100 KB': {format: 'markdown', make: () => makeDocument(100_000)},
  'prose 1 MB': {format: 'markdown', make: () => makeDocument(1_000_000)},
  'prose 10 MB': {format: 'markdown', make: () => makeDocument(10_000_000)},
  'one 1 MB word': {format: 'markdown', make: () => 'illegal' + 'a'.repeat(1_000_000) + ' illegals here.'},
  'a million short lines': {format: 'text', make: () => Array.from({length: 1_000_000}, (_, line) => (line % 1000 === 0 ? 'Illegals' : 'Bins out')).join('\n')},
  '100,000 lines, each a finding': {format: 'text', make: () => 'Illegals\n'.repeat(100_000)},
  '10,000-deep nested list': {format: 'markdown', make: () => Array.from({length: 10_000}, (_, depth) => `${'  '.repeat(depth)}- a tide of refugees`).join('\n')},
  '10,000-deep block quote': {format: 'markdown', make: () => '> '.repeat(10_000) + 'A tide of refugees.\n'},
  '100,000 HTML elements': {format: 'html', make: () => '<div><p>Illegal immigrants and <b>neighbours</b></p></div>'.repeat(33_334)},
  '10,000-deep HTML nesting': {format: 'html', make: () => '<div>'.repeat(10_000) + 'Illegals' + '</div>'.repeat(10_000)},
  'table with 50,000 cells': {format: 'markdown', make: () => '| a | b |\n| - | - |\n' + '| illegals | refugees are criminals |\n'.repeat(25_000)},
  'a megabyte of spaced letters': {format: 'text', make: () => 'a b '.repeat(250_000) + 'i l l e g a l s.'},
  'one 1 MB line of prose': {format: 'markdown', make: () => makeDocument(1_000_000).replace(/\n+/g, ' ')},
  'a megabyte of unclosed tags': {format: 'html', make: () => '<a b'.repeat(250_000) + '<p>Illegals were seen.</p>'},
  'a megabyte of pipes': {format: 'markdown', make: () => ('x' + '|'.repeat(3999) + '\n\n').repeat(250) + 'Illegals were seen.\n'},
  // The same finding-dense shapes without the finding limit: every finding is reported.
  '100,000 findings, no limit': {format: 'text', make: () => 'Illegals\n'.repeat(100_000), maxFindings: 0},
  '50,000-cell table, no limit': {format: 'markdown', make: () => '| a | b |\n| - | - |\n' + '| illegals | refugees are criminals |\n'.repeat(25_000), maxFindings: 0}
}
