/**
 * The engine on a small inline rule set (independent of the shipped rules): positions in text,
 * Markdown and HTML, use-vs-mention, negation, quotes, options, and the retext plugin.
 */
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {retext} from 'retext'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {applyFixes, checkWithRuleSet, checkSync, check, formatFromPath, retextStigmaAware, RuleSetError} from '../src/index.js'
import type {CheckOptions, RuleFileData, RuleSet} from '../src/types.js'
import type {StigmaMessage} from '../src/report/message.js'

const source = {title: 'Test source', url: 'https://example.org/guide'}
const examples = {flag: ['x'], pass: ['y']}

// The engine's reserved lexicons, as a base set; the rules below come as an extra set on top.
const base: RuleSet = {
  language: 'en',
  lexicons: {
    negation: {words: ['not', 'never', 'no']},
    mention: {words: ['word', 'term']},
    attribution: {words: ['said', 'according to']}
  },
  rules: []
}

export const glossary: RuleSet = {
  language: 'en',
  lexicons: {
    'test-group': {inflect: true, words: ['refugee', 'migrant', 'asylum seeker', 'Muslim']}
  },
  rules: [
    {
      id: 'test-illegal',
      topic: 'test',
      category: 'term',
      severity: 'warning',
      terms: ['illegal immigrant', 'illegal alien', {one: 'illegal', many: 'illegals'}],
      alternatives: ['undocumented migrant', 'irregular migrant'],
      safe: true,
      note: 'Acts can be illegal; people cannot.',
      source,
      examples
    },
    {
      id: 'test-water',
      topic: 'test',
      category: 'metaphor',
      severity: 'error',
      patterns: ['[a|the]? [tide|flood|wave] of {test-group}'],
      alternatives: ['a growing number of {test-group}'],
      note: 'Water metaphors turn people into a natural disaster.',
      source,
      examples
    },
    {
      id: 'test-criminals',
      topic: 'test',
      category: 'generalisation',
      severity: 'warning',
      patterns: ['{test-group} [are|is] ..2 [criminals|lazy]'],
      alternatives: [],
      note: 'A claim about a whole group.',
      source,
      examples
    },
    {
      id: 'test-gypsy',
      topic: 'test',
      category: 'slur',
      severity: 'error',
      terms: ['gypsy'],
      alternatives: ['Roma'],
      unless: {after: ['moth']},
      note: 'An exonym many Roma find insulting.',
      source,
      examples
    }
  ]
}

function run(value: string | VFile, options: CheckOptions = {}): StigmaMessage[] {
  return checkWithRuleSet(value, {...options, ruleSets: [glossary, ...(options.ruleSets ?? [])]}, base).messages as StigmaMessage[]
}

function expectExactPositions(document: string, messages: StigmaMessage[]): void {
  const lines = document.split(/\r\n|\r|\n/)
  for (const message of messages) {
    const {start, end} = message.place as {start: {line: number; column: number; offset: number}; end: {offset: number}}
    expect(document.slice(start.offset, end.offset)).toBe(message.actual)
    expect(lines[start.line - 1]!.slice(start.column - 1).startsWith(message.actual!.split(/\r?\n/)[0]!)).toBe(true)
  }
}

describe('text', () => {
  it('reports term rules with number-aligned, case-matched alternatives', () => {
    const messages = run('Illegal immigrants were found. Police met an illegal alien.', {format: 'text'})
    expect(messages.map((message) => [message.ruleId, message.actual, message.expected])).toEqual([
      ['test-illegal', 'Illegal immigrants', ['Undocumented migrants', 'Irregular migrants']],
      ['test-illegal', 'illegal alien', ['undocumented migrant', 'irregular migrant']]
    ])
    const [first] = messages
    expect(first!.source).toBe('stigma-aware')
    expect(first!.category).toBe('term')
    expect(first!.fatal).toBe(false)
    expect(first!.note).toMatch(/people cannot/)
    expect(first!.url).toBe('https://github.com/stigma-aware/stigma-aware/blob/main/docs/rules/en.md#test-illegal')
    expect(first!.reason).toBe('“Illegal immigrants” is discouraged wording; use “Undocumented migrants” or “Irregular migrants” instead')
    expect(first!.fixable).toBe(true)
  })

  it('matches hyphenated and possessive forms', () => {
    const messages = run('A flood of asylum-seekers arrived. The illegal immigrant\'s lawyer spoke.', {format: 'text'})
    expect(messages.map((message) => message.actual)).toEqual(['A flood of asylum-seekers', "illegal immigrant's"])
    expect(messages[0]!.expected).toEqual(['A growing number of asylum-seekers'])
    expect(messages[0]!.fatal).toBe(true)
  })

  it('skips negation for pattern rules, mentions for all rules', () => {
    expect(run('Not all refugees are criminals.', {format: 'text'})).toEqual([])
    expect(run('Refugees are not criminals.', {format: 'text'})).toEqual([])
    expect(run('The word illegals is dehumanising.', {format: 'text'})).toEqual([])
    expect(run('Refugees are criminals.', {format: 'text'}).map((message) => message.ruleId)).toEqual(['test-criminals'])
  })

  it('downgrades quotes and attributed speech to info', () => {
    const quoted = run('He shouted “refugees are lazy” at the meeting.', {format: 'text'})
    expect(quoted.map((message) => [message.ruleId, message.fatal, message.context])).toEqual([['test-criminals', undefined, 'quote']])
    const attributed = run('Illegals, said the speaker, should leave.', {format: 'text'})
    expect(attributed.map((message) => message.context)).toEqual(['attribution'])
    expect(attributed[0]!.fixable).toBe(false)
  })

  it('honours unless.after and literal senses', () => {
    expect(run('A gypsy moth was seen in the park.', {format: 'text'})).toEqual([])
    expect(run('Gypsies camped on the green.', {format: 'text'}).map((message) => message.expected)).toEqual([['Roma']])
  })

  it('handles CRLF and keeps line/column exact', () => {
    const document = 'First line.\r\n\r\nSecond line with illegals.\r\nA tide of migrants.'
    const messages = run(document, {format: 'text'})
    expect(messages.map((message) => [message.line, message.column])).toEqual([
      [3, 18],
      [4, 1]
    ])
    expectExactPositions(document, messages)
  })
})

describe('Markdown', () => {
  it('maps positions through character references, escapes and block quotes', () => {
    const document = '# Title\n\nTom &amp; Jerry \\*met\\* an illegal immigrant.\n\n> quote line\n> a flood of refugees `illegals` here\n'
    const messages = run(document, {format: 'markdown'})
    expect(messages.map((message) => message.actual)).toEqual(['illegal immigrant', 'a flood of refugees'])
    expect(messages.map((message) => [message.line, message.column])).toEqual([
      [3, 28],
      [6, 3]
    ])
    expectExactPositions(document, messages)
  })

  it('never reads code, front matter, URLs or HTML', () => {
    const document = [
      '---',
      'title: illegals',
      '---',
      '',
      'Use `illegals` as a search term.',
      '',
      '```',
      'illegals in a fence',
      '',
      'more illegals after a blank line',
      '```',
      '',
      '    indented code with illegals',
      '',
      'See https://example.org/illegals and <span title="illegals">text</span>.'
    ].join('\n')
    expect(run(document, {format: 'markdown'})).toEqual([])
  })

  it('reads lists, tables and emphasis', () => {
    const document = '- Illegal immigrants\n- item\n\n  continued: a tide of migrants\n\n| a | b |\n| - | - |\n| illegals | x |\n\n**Refugees** are *lazy*.\n'
    const messages = run(document)
    expect(messages.map((message) => message.ruleId)).toEqual(['test-illegal', 'test-water', 'test-illegal', 'test-criminals'])
    expectExactPositions(document, messages)
    // A span that crosses emphasis markers is reported, but never auto-fixed.
    expect(messages.at(-1)!.fixable).toBe(false)
  })
})

describe('HTML', () => {
  it('maps positions through entities and inline elements, skipping code, scripts and attributes', () => {
    const document =
      '<!doctype html><html><head><title>x</title><script>var illegals = 1</script></head><body>' +
      '<p>Tom &amp; Jerry&nbsp;met an <b>illegal</b> immigrant.</p><p><code>illegals</code> <img alt="illegals" src="a.png"></p>' +
      '<ul><li>caf&eacute; owners and illegals</li></ul></body></html>'
    const messages = run(document, {format: 'html'})
    expect(messages.map((message) => message.actual)).toEqual(['illegal</b> immigrant', 'illegals'])
    expectExactPositions(document, messages)
    expect(messages[0]!.reason).toMatch(/^“illegal immigrant”/)
  })

  it('keeps block elements apart', () => {
    expect(run('<p>a tide</p><p>of migrants</p>', {format: 'html'})).toEqual([])
  })
})

describe('options', () => {
  it('picks the format from the file extension', () => {
    expect(formatFromPath('a/b.HTML')).toBe('html')
    expect(formatFromPath('x.txt')).toBe('text')
    expect(formatFromPath('x.mdx')).toBe('markdown')
    expect(formatFromPath(undefined)).toBe('markdown')
    const messages = run(new VFile({path: 'page.html', value: '<p>illegals</p>'}))
    expect(messages[0]!.column).toBe(4)
  })

  it('overrides severities and turns rules off', () => {
    const messages = run('Illegals and a tide of migrants.', {format: 'text', rules: {'test-illegal': 'error', 'test-water': 'info'}})
    expect(messages.map((message) => message.fatal)).toEqual([true, undefined])
    expect(run('Illegals and a tide of migrants.', {format: 'text', rules: {'test-illegal': 'off'}}).map((message) => message.ruleId)).toEqual([
      'test-water'
    ])
  })

  it('allows phrases and rule ids', () => {
    expect(run('Illegal aliens, a tide of migrants.', {format: 'text', allow: ['illegal alien', 'test-water']})).toEqual([])
    expect(run('Illegal aliens.', {format: 'text', allow: ['ILLEGAL ALIENS']})).toEqual([])
  })

  it('adds an organisation glossary', () => {
    const orgGlossary: RuleFileData = {
      language: 'en',
      topic: 'our glossary',
      rules: [
        {
          id: 'problem-estate',
          category: 'term',
          severity: 'info',
          terms: ['problem estate'],
          alternatives: ['neighbourhood'],
          note: 'Names a place by its problems and its residents with it.',
          source,
          examples
        }
      ]
    }
    const messages = run('The problem estates get new funding.', {format: 'text', ruleSets: [orgGlossary]})
    expect(messages.map((message) => [message.ruleId, message.expected, message.fatal])).toEqual([['problem-estate', ['neighbourhoods'], undefined]])
  })

  it('rejects input that is not text with a clear error', () => {
    expect(() => checkSync(42 as never)).toThrow('check() expects a string, a Uint8Array or a VFile, got number')
    expect(() => checkSync(null as never)).toThrow('check() expects a string, a Uint8Array or a VFile, got null')
  })

  it('rejects an unsupported language with a clear error', () => {
    expect(() => checkSync('x', {language: 'xx' as 'en'})).toThrow(new RuleSetError('unsupported language "xx" (expected one of en, da, de, fr, nl, sv, or auto)'))
    expect(() => checkSync('x', {format: 'pdf' as 'text'})).toThrow(/unsupported format "pdf"/)
  })

  it('reports the language used and offers a promise API', async () => {
    const file = await check('Nothing here.', {language: 'auto'})
    expect(file.data.language).toBe('en')
  })
})

describe('retext plugin', () => {
  it('works in a plain retext pipeline', async () => {
    const file = await retext().use(retextStigmaAware, {ruleSets: [glossary]}).process('Gypsies camped on the green.')
    const messages = file.messages as StigmaMessage[]
    expect(messages.map((message) => message.ruleId)).toContain('test-gypsy')
    expect(messages[0]!.actual).toBe('Gypsies')
  })

  it('works inside a remark pipeline (remark-parse + remark-retext)', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkRetext, new ParseEnglish() as never)
      .use(retextStigmaAware, {ruleSets: [glossary]})
    const file = new VFile('# Notes\n\nGypsies camped on the green.\n')
    await processor.run(processor.parse(file), file)
    const messages = file.messages as StigmaMessage[]
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toContainEqual(['test-gypsy', 3, 1])
  })
})

describe('input kinds', () => {
  it('reads a VFile whose value is UTF-8 bytes', () => {
    const value = new TextEncoder().encode('Café owners and illegals.')
    const messages = run(new VFile({path: 'note.txt', value}))
    expect(messages.map((message) => [message.actual, message.column])).toEqual([['illegals', 17]])
  })
})

describe('rule language', () => {
  const rules = (lexicons: RuleFileData['lexicons'], pattern: string, alternatives: string[] = []): RuleFileData => ({
    language: 'en',
    topic: 'test',
    lexicons,
    rules: [{id: 'combined', category: 'generalisation', severity: 'warning', patterns: [pattern], alternatives, note: 'A test rule for combined lexicons.', source, examples}]
  })

  it('expands lexicon entries that combine lexicons and words', () => {
    const glossaryWithCombination = rules({'t-origin': {words: ['Somali', 'Afghan']}, 't-member': {words: ['{t-origin} parents', '{t-origin} {t-origin} families']}}, '{t-member} must apologise')
    expect(run('Somali parents must apologise.', {format: 'text', ruleSets: [glossaryWithCombination]}).map((message) => message.actual)).toEqual(['Somali parents must apologise'])
    expect(run('Afghan Somali families must apologise.', {format: 'text', ruleSets: [glossaryWithCombination]}).map((message) => message.actual)).toEqual([
      'Afghan Somali families must apologise'
    ])
  })

  it('drops an optional capture that matched nothing from the suggestion', () => {
    const glossaryWithCapture = rules({'t-adjective': {words: ['Ukrainian']}, 't-people': {words: ['refugees']}}, 'a wave of {t-adjective}? {t-people}', ['many {t-adjective} {t-people}'])
    const messages = run('They saw a wave of refugees. And a wave of Ukrainian refugees.', {format: 'text', ruleSets: [glossaryWithCapture]})
    expect(messages.filter((message) => message.ruleId === 'combined').map((message) => message.expected)).toEqual([['many refugees'], ['many Ukrainian refugees']])
  })

  it('reports only the part between < and > marks', () => {
    const marked = rules({}, '[an|one] < illegal > [was|is|who]', ['undocumented migrant'])
    const source = 'An illegal was held. An illegal act was reported.'
    const messages = run(source, {format: 'text', ruleSets: [marked]}).filter((message) => message.ruleId === 'combined')
    expect(messages.map((message) => [message.actual, message.column])).toEqual([['illegal', 4]])
    expect(applyFixes(source, messages)).toBe('An undocumented migrant was held. An illegal act was reported.')
  })

  it('capitalises suggestions only at the start of a sentence', () => {
    const glossaryConflation = rules({'t-faith': {words: ['Islamic']}}, '{t-faith} terrorists', ['terrorists'])
    const messages = run('Two Islamic terrorists. Islamic terrorists.', {format: 'text', ruleSets: [glossaryConflation]})
    expect(messages.map((message) => message.expected)).toEqual([['terrorists'], ['Terrorists']])
  })

  it('treats a cue earlier in the sentence as reported speech', () => {
    expect(run('The minister said refugees are criminals.', {format: 'text'}).map((message) => message.context)).toEqual(['attribution'])
    expect(run('According to one post, refugees are lazy.', {format: 'text'}).map((message) => message.context)).toEqual(['attribution'])
    expect(run('He said the meeting was long. Refugees are lazy.', {format: 'text'}).map((message) => message.context)).toEqual([undefined])
  })
})

describe('pattern cost', () => {
  it('a pattern full of gaps and optional words cannot backtrack catastrophically', () => {
    const pattern = Array.from({length: 40}, () => 'a? ..6').join(' ') + ' zebra'
    const gappy: RuleFileData = {
      language: 'en',
      topic: 'test',
      rules: [{id: 'gappy', category: 'term', severity: 'info', patterns: [`a ${pattern}`], alternatives: [], note: 'A pathological pattern for the test.', source, examples}]
    }
    const text = 'a ' + 'a a a a a b '.repeat(20) + 'end.'
    // Without the failure memo this check would not finish (7^40 paths); the test timeout guards it.
    const messages = run(text, {format: 'text', ruleSets: [gappy]}).filter((message) => message.ruleId === 'gappy')
    expect(messages).toEqual([])
  })
})
