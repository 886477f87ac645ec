/**
 * --explain, --list-rules, --version and --help. The rule lists come from the public API, so
 * languages added later are covered without changing this test.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {languages, shippedRuleSet, type Language, type RuleSet} from '../../src/index.js'
import {cliPath, copyFixtures, removeFixtures, root, runCli} from './support.js'

let work: string

beforeAll(async () => {
  work = copyFixtures()
  await cliPath()
}, 60_000)

afterAll(() => removeFixtures(work))

const shipped = languages.flatMap((language): Array<[Language, RuleSet]> => {
  try {
    return [[language, shippedRuleSet(language)]]
  } catch {
    return []
  }
})

describe.concurrent('rules', () => {
  it('--explain prints the note, what is flagged, alternatives, examples and sources', async () => {
    const result = await runCli(['--explain', 'illegal-immigrant'], {cwd: work})
    expect(result.status).toBe(0)
    const rule = shippedRuleSet('en').rules.find((item) => item.id === 'illegal-immigrant')!
    expect(result.stdout).toMatch(/^illegal-immigrant \(en, term, warning, safe fix\)\n/)
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(rule.note.trim().replace(/\s+/g, ' '))
    expect(result.stdout).toMatch(/Instead: +undocumented migrant; irregular migrant/)
    for (const example of [...rule.examples.flag, ...rule.examples.pass]) expect(result.stdout).toContain(example)
    for (const source of Array.isArray(rule.source) ? rule.source : [rule.source]) expect(result.stdout).toContain(source.url)
    expect(result.stdout).toContain('docs/rules/en.md#illegal-immigrant')
  })

  it('--explain finds rules of the configuration’s glossary, and rejects unknown ids', async () => {
    const glossary = await runCli(['--explain', 'city-service-users'], {cwd: join(work, 'glossary')})
    expect(glossary.status).toBe(0)
    expect(glossary.stdout).toContain('Defined in: city-glossary.yml')
    expect(glossary.stdout).toContain('https://example.org/style-guide')

    const unknown = await runCli(['--explain', 'no-such-rule'], {cwd: work})
    expect(unknown.status).toBe(2)
    expect(unknown.stderr.trim()).toBe('stigma-aware: --explain: unknown rule "no-such-rule" (see stigma-aware --list-rules)')
  })

  it('--list-rules lists every rule of a language, or of every shipped language', async () => {
    const english = await runCli(['--list-rules', '--language', 'en'], {cwd: work})
    expect(english.status).toBe(0)
    const rules = shippedRuleSet('en').rules
    expect(english.stdout.split('\n')[0]).toBe(`en (${rules.length} rules)`)
    for (const rule of rules) expect(english.stdout).toMatch(new RegExp(`^ {2}${rule.id} +${rule.category} +${rule.severity}\\b`, 'm'))

    const all = await runCli(['--list-rules', '--format', 'json'], {cwd: work})
    const listed = JSON.parse(all.stdout) as Array<{language: string; id: string; fixable: boolean}>
    expect(listed).toHaveLength(shipped.reduce((sum, [, ruleSet]) => sum + ruleSet.rules.length, 0))
    expect(new Set(listed.map((rule) => rule.language))).toEqual(new Set(shipped.map(([language]) => language)))
    expect(listed.find((rule) => rule.language === 'en' && rule.id === 'illegal-immigrant')!.fixable).toBe(true)
  })

  it('--version prints the package version; --help the usage', async () => {
    const version = await runCli(['--version'], {cwd: work})
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version)
    const help = await runCli(['--help'], {cwd: work})
    expect(help.status).toBe(0)
    for (const option of ['--language', '--format', '--quiet', '--max-warnings', '--config', '--no-config', '--ignore-path', '--rule', '--explain', '--list-rules', '--fix', '--fix-dry-run', '--stdin-filename', '--no-color', '--version']) {
      expect(help.stdout).toContain(option)
    }
  })
})
