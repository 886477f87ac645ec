/**
 * fast-check arbitraries for hostile documents: arbitrary Unicode (astral, combining marks,
 * right-to-left, zero-width, lone surrogates, CR/LF/CRLF, BOM) mixed with markup atoms and
 * planted stigmatising phrases, so that the properties are tested where findings occur.
 */
import fc from 'fast-check'

export const planted = [
  'illegal immigrants',
  'Illegals',
  'a tide of asylum seekers',
  'Refugees are criminals',
  'The Somali community has to take responsibility for the riots',
  'Gypsies',
  'Muslim terrorism',
  'the mentally ill',
  'These people don\'t want to integrate',
  'a schizophrenic',
  'an illegal immigrant',
  'A flood of refugees'
]

const awkward = [
  '\u200B', '\u200D', '\u00AD', '\uFEFF', '\u202E', '\u0301', '\uD800', '\uDC00', '😀', '\u05D0\u05D1', '\u0627\u0644',
  '\r\n', '\r', '\n', '\n\n', '\t', ' ', '  ', 'é', 'e\u0301', '\u00A0', '\u2028', 'ﬁ', '\uFF49'
]
const markdown = ['*', '**', '_', '`', '```\n', '~~~\n', '> ', '- ', '1. ', '# ', '[', '](http://x.org/illegals)', '<b>', '</b>', '&amp;', '&#x41;', '&nbsp;', '\\*', '\\', '|', '---\n', '<!--', '-->', '    ', '![alt](a.png)', '<https://example.org>']
const html = ['<p>', '</p>', '<b>', '</b>', '<code>', '</code>', '<script>', '</script>', '<a href="x">', '</a>', '&amp;', '&eacute;', '&#233;', '&#x1F600;', '&bogus;', '<br>', '<!-- illegals -->', '<img alt="illegals">', '<', '>', '"', "'"]

const prose = [' ', '. ', ', ', 'the ', 'not all ', '“', '”', '"', 'said ', 'word ']

function atoms(extra: string[], phrases: readonly string[] = planted): fc.Arbitrary<string> {
  return fc.oneof(
    {weight: 3, arbitrary: fc.string({unit: 'binary', maxLength: 8})},
    {weight: 3, arbitrary: fc.constantFrom(...phrases)},
    {weight: 3, arbitrary: fc.constantFrom(...awkward)},
    {weight: 3, arbitrary: fc.constantFrom(...extra, ...prose)},
    {weight: 4, arbitrary: fc.constantFrom(...prose)}
  )
}

export const textDocument = fc.array(atoms([]), {maxLength: 40}).map((parts) => parts.join(''))
export const markdownDocument = fc.array(atoms(markdown), {maxLength: 40}).map((parts) => parts.join(''))
export const htmlDocument = fc.array(atoms(html), {maxLength: 40}).map((parts) => parts.join(''))

/** The same three kinds of document with another language's planted phrases. */
export function documentsWith(phrases: readonly string[]): {text: fc.Arbitrary<string>; markdown: fc.Arbitrary<string>; html: fc.Arbitrary<string>} {
  const make = (extra: string[]) => fc.array(atoms(extra, phrases), {maxLength: 40}).map((parts) => parts.join(''))
  return {text: make([]), markdown: make(markdown), html: make(html)}
}

/** How many cases per property: small in `npm test`, large in `npm run fuzz`. */
export const runs = Number(process.env['FUZZ_RUNS'] ?? 150)

/** Test timeout that grows with the number of cases (the default minute suits `npm test`). */
export const timeout = Math.max(60_000, runs * 20)
