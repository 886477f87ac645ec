/**
 * Rule files are data: every malformed file gets one clear line naming the file, the line and
 * the rule id. The generated modules and docs must match the YAML.
 */
import {mkdtempSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadRuleFile, loadRuleDirectory, parseRuleFile} from '../src/node/load-rules.js'
import {RuleSetError} from '../src/rules/errors.js'
import {generatedModule, ruleDocs} from '../scripts/generate.js'
import {readFileSync} from 'node:fs'
import {root, ruleSetOnDisk} from './helpers.js'

const valid = `language: en
topic: test
rules:
  - id: problem-estate
    category: term
    severity: info
    terms: [problem estate]
    alternatives: [neighbourhood]
    note: Names a place by its problems.
    source: {title: T, url: "https://example.org"}
    examples: {flag: [a problem estate], pass: [an estate]}
`

function errorOf(text: string, file = 'glossary.yml'): string {
  try {
    parseRuleFile(text, file)
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error('expected an error')
}

describe('rule file validation', () => {
  it('accepts a valid file', () => {
    expect(parseRuleFile(valid, 'glossary.yml').rules).toHaveLength(1)
  })

  it('reports YAML syntax errors with file and line', () => {
    expect(errorOf('language: en\ntopic: [unclosed\nrules: 3\n')).toMatch(/^glossary\.yml:\d+: invalid YAML: /)
  })

  it('holds .json files to JSON, with the line of the error', () => {
    expect(errorOf('{"language": "en", "rules": [', 'glossary.json')).toBe('glossary.json:1: invalid JSON: Unexpected end of JSON input')
    // A trailing comma is YAML but not JSON; V8 reports it with a snippet and no position.
    expect(errorOf('{\n  "language": "en",\n  "topic": "t",\n  "rules": [1,]\n}\n', 'glossary.json')).toBe("glossary.json:4: invalid JSON: Unexpected token ']'")
    expect(errorOf('{\n  "language": "en"\n  "topic": "t"\n}\n', 'glossary.json')).toBe("glossary.json:3: invalid JSON: Expected ',' or '}' after property value")
  })

  it('reports unknown keys, wrong types and missing fields with line and rule id', () => {
    expect(errorOf(valid.replace('    note:', '    colour: red\n    note:'))).toBe('glossary.yml:9: rule problem-estate: unknown key "colour" in "rules.0"')
    expect(errorOf(valid.replace('severity: info', 'severity: loud'))).toBe('glossary.yml:6: rule problem-estate: "rules.0.severity" must be one of error, warning, info')
    expect(errorOf(valid.replace('    note: Names a place by its problems.\n', ''))).toBe('glossary.yml:4: rule problem-estate: "rules.0" is missing "note"')
    expect(errorOf(valid.replace('terms: [problem estate]', 'terms: []'))).toMatch(/^glossary\.yml:7: rule problem-estate: "rules\.0\.terms" must NOT have fewer than 1 items$/)
    expect(errorOf(valid.replace('terms: [problem estate]', 'patterns: ["a"]\n    terms: [b]'))).toMatch(/rule problem-estate: a rule needs exactly one of "terms" or "patterns"/)
  })

  it('rejects duplicate keys and prototype keys without polluting objects', () => {
    expect(errorOf(valid.replace('topic: test', 'topic: test\ntopic: again'))).toMatch(/^glossary\.yml:3: invalid YAML: Map keys must be unique/)
    expect(errorOf(valid + 'lexicons:\n  __proto__: {words: [x]}\n')).toMatch(/bad name "__proto__" in "lexicons"/)
    expect(errorOf(valid.replace('    note:', '    constructor: 1\n    note:'))).toMatch(/unknown key "constructor"/)
    expect(({} as Record<string, unknown>)['words']).toBeUndefined()
  })

  it('rejects alias bombs, enormous lists, prototype keys and JSON with the same one-line errors', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let level = 1; level < 8; level++) laughs.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array.from({length: 10}, () => '*' + String.fromCharCode(96 + level)).join(', ')}]`)
    expect(errorOf(laughs.join('\n') + '\n')).toMatch(/^glossary\.yml(:\d+)?: invalid YAML: .*alias/i)
    const huge = valid.replace('terms: [problem estate]', `terms: [${Array.from({length: 600}, (_, index) => `w${index}`).join(', ')}]`)
    expect(errorOf(huge)).toMatch(/^glossary\.yml:7: rule problem-estate: "rules\.0\.terms" must NOT have more than 500 items$/)
    expect(errorOf(valid.replace('    note:', '    prototype: {}\n    note:'))).toMatch(/unknown key "prototype"/)
    expect(errorOf(valid + "lexicons:\n  constructor: {words: [x]}\n")).toMatch(/bad name "constructor" in "lexicons"/)
    expect(Object.prototype).not.toHaveProperty('words')
    const json = JSON.stringify({language: 'en', topic: 't', rules: [{id: 'x', category: 'term', severity: 'loud'}]}, null, 1)
    expect(errorOf(json, 'glossary.json')).toMatch(/^glossary\.json:\d+: rule x: /)
  })

  it('reports semantic errors (bad patterns, unknown lexicons, duplicate ids) at the rule', () => {
    const directory = mkdtempSync(join(tmpdir(), 'stigma-rules-'))
    const bad = join(directory, 'bad.yml')
    writeFileSync(bad, valid.replace('terms: [problem estate]', 'patterns: ["{nowhere} estate"]'))
    expect(() => loadRuleFile(bad)).toThrow(new RuleSetError('unknown lexicon "{nowhere}"', {file: bad, line: 4, ruleId: 'problem-estate'}))
    writeFileSync(bad, valid.replace('terms: [problem estate]', 'patterns: ["..3 estate"]'))
    expect(() => loadRuleFile(bad)).toThrow(/bad\.yml:4: rule problem-estate: pattern "\.\.3 estate" starts or ends with a gap/)
    writeFileSync(bad, valid.replace('terms: [problem estate]', 'patterns: ["estate ..99 x"]'))
    expect(() => loadRuleFile(bad)).toThrow(/gap "\.\.99" .* must be \.\.1 to \.\.6/)
    // Regular-expression syntax is not a pattern language here: it is refused, never compiled.
    for (const pattern of ['(a+)+ estate', 'colou?r estate', 'estate.*']) {
      writeFileSync(bad, valid.replace('terms: [problem estate]', `patterns: ["${pattern}"]`))
      expect(() => loadRuleFile(bad)).toThrow(/bad\.yml:4: rule problem-estate: ".*" in pattern ".*" is not a word \(patterns are words/)
    }

    const folder = join(directory, 'en')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a.yml'), valid)
    writeFileSync(join(folder, 'b.yml'), valid)
    expect(() => loadRuleDirectory(folder)).toThrow(/b\.yml:4: rule problem-estate: duplicate rule id/)
  })

  it('names a missing file without a stack trace', () => {
    expect(() => loadRuleFile('/nonexistent/glossary.yml')).toThrow('/nonexistent/glossary.yml: cannot read rule file (ENOENT)')
  })
})

describe('generated files', () => {
  for (const language of ['en']) {
    it(`src/generated/${language}.ts and docs/rules/${language}.md match rules/${language}/`, () => {
      const ruleSet = ruleSetOnDisk(language)
      expect(readFileSync(join(root, 'src/generated', `${language}.ts`), 'utf8')).toBe(generatedModule(ruleSet))
      expect(readFileSync(join(root, 'docs/rules', `${language}.md`), 'utf8')).toBe(ruleDocs(ruleSet))
    })

    it(`every ${language} rule has a doc anchor that its messages link to`, () => {
      const docs = readFileSync(join(root, 'docs/rules', `${language}.md`), 'utf8')
      for (const rule of ruleSetOnDisk(language).rules) expect(docs).toContain(`\n## ${rule.id}\n`)
    })
  }
})
