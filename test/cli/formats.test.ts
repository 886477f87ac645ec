/**
 * The four output formats: stylish (colours, excerpt with the flagged words underlined,
 * alternatives, note), JSON (validated against docs/output.schema.json), SARIF 2.1.0 (validated
 * against the OASIS schema when ../shared/schemas has it, plus what GitHub code scanning needs)
 * and GitHub Actions annotations (with escaping).
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Ajv} from 'ajv'
import ajvDraft04 from 'ajv-draft-04'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {escapeData, escapeProperty} from '../../src/cli/reporters/github.js'
import {cliPath, copyFixtures, removeFixtures, root, runCli} from './support.js'

let work: string

beforeAll(async () => {
  work = copyFixtures()
  await cliPath()
}, 60_000)

afterAll(() => removeFixtures(work))

const run = (args: string[], env?: Record<string, string>) => runCli(args, {cwd: join(work, 'project'), ...(env ? {env} : {})})
// eslint-disable-next-line no-control-regex
const ansi = /\u001B\[\d+m/

describe.concurrent('stylish', () => {
  it('groups findings per file with location, severity, reason, rule, excerpt and caret line, alternatives and note', async () => {
    const result = await run(['docs/press.md'])
    expect(result.status).toBe(0)
    expect(result.stdout).not.toMatch(ansi)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('docs/press.md')
    expect(lines[1]).toMatch(/^ {2}3:20 +warning +“illegal immigrants” is discouraged wording; .* illegal-immigrant$/)
    const excerpt = lines[2]!
    const carets = lines[3]!
    expect(excerpt.trimStart()).toBe('| Police found three illegal immigrants in a van on Harbour Road on Tuesday morning.')
    // The carets sit exactly under the flagged words.
    const start = carets.indexOf('^')
    expect(excerpt.slice(start, carets.lastIndexOf('^') + 1)).toBe('illegal immigrants')
    expect(lines[4]).toMatch(/instead: undocumented migrants · irregular migrants · people without legal residence \(fixable\)$/)
    expect(lines[5]).toMatch(/why: A person cannot be illegal/)
    expect(result.stdout).toMatch(/6:42 +info +“genuine refugees”/)
    expect(result.stdout).toContain('✖ 2 findings (0 errors, 1 warning, 1 info) in 1 of 1 file.')
    expect(result.stdout).toContain('1 finding can be fixed with --fix')
  })

  it('colours with --color or FORCE_COLOR, underlining the flagged words; never with --no-color or NO_COLOR', async () => {
    const forced = await run(['--color', 'docs/press.md'])
    expect(forced.stdout).toMatch(ansi)
    // Underlined, bold, yellow (a warning): the flagged words only.
    expect(forced.stdout).toContain('\u001B[33m\u001B[1m\u001B[4millegal immigrants\u001B[24m\u001B[22m\u001B[39m')
    expect(forced.stdout).not.toContain('^^^')

    expect((await run(['docs/press.md'], {FORCE_COLOR: '1'})).stdout).toMatch(ansi)
    expect((await run(['docs/press.md'], {FORCE_COLOR: '1', NO_COLOR: '1'})).stdout).not.toMatch(ansi)
    expect((await run(['--no-color', 'docs/press.md'], {FORCE_COLOR: '1'})).stdout).not.toMatch(ansi)
    // An empty NO_COLOR does not count, as the convention says.
    expect((await run(['docs/press.md'], {FORCE_COLOR: '1', NO_COLOR: ''})).stdout).toMatch(ansi)
  })
})

describe.concurrent('json', () => {
  it('matches docs/output.schema.json and carries positions, alternatives, note and url', async () => {
    const result = await run(['--format', 'json', 'docs'])
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout)
    const validate = new Ajv({allErrors: true, strict: true}).compile(JSON.parse(readFileSync(join(root, 'docs/output.schema.json'), 'utf8')))
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(report).toMatchObject({schemaVersion: 1, tool: {name: 'stigma-aware'}, errorCount: 0, warningCount: 2, infoCount: 1})
    const press = report.files.find((file: {file: string}) => file.file === 'docs/press.md')
    const text = readFileSync(join(work, 'project/docs/press.md'), 'utf8')
    expect(press.messages[0]).toEqual({
      ruleId: 'illegal-immigrant',
      category: 'term',
      severity: 'warning',
      line: 3,
      column: 20,
      endLine: 3,
      endColumn: 38,
      offset: text.indexOf('illegal immigrants'),
      endOffset: text.indexOf('illegal immigrants') + 'illegal immigrants'.length,
      actual: 'illegal immigrants',
      expected: ['undocumented migrants', 'irregular migrants', 'people without legal residence'],
      reason: expect.stringContaining('“illegal immigrants”'),
      note: expect.stringContaining('A person cannot be illegal'),
      url: expect.stringMatching(/docs\/rules\/en\.md#illegal-immigrant$/),
      fixable: true,
      excerpt: 'Police found three illegal immigrants in a van on Harbour Road on Tuesday morning.'
    })
    // The schema does reject a wrong report (the validation can fail).
    expect(validate({...report, files: [{...press, messages: [{...press.messages[0], severity: 'fatal'}]}]})).toBe(false)
  })

  it('--quiet keeps errors only', async () => {
    const report = JSON.parse((await runCli(['--format', 'json', '--quiet', 'errors', 'project/docs/press.md'], {cwd: work})).stdout)
    expect(report.files.flatMap((file: {messages: Array<{severity: string}>}) => file.messages.map((message) => message.severity))).toEqual(['error'])
  })
})

describe.concurrent('sarif', () => {
  it('gives each result a fingerprint that survives lines moving, and tells identical findings apart', async () => {
    const text = 'Police found illegals near the station.\n\nPolice found illegals near the station.\n\nA tide of refugees.\n'
    const fingerprints = async (value: string) => {
      const log = JSON.parse((await runCli(['--format', 'sarif', '--language', 'en', '--stdin-filename', 'press.md'], {cwd: work, input: value})).stdout)
      return (log.runs[0].results as Array<{partialFingerprints: Record<string, string>}>).map((result) => result.partialFingerprints['stigmaAwareFinding/v1'])
    }
    const before = await fingerprints(text)
    expect(before).toHaveLength(3)
    expect(new Set(before).size).toBe(3)
    for (const value of before) expect(value).toMatch(/^[0-9a-f]{32}$/)
    // Two paragraphs added above: every line moves, no fingerprint changes.
    expect(await fingerprints('# News\n\nThe library opens at nine.\n\n' + text)).toEqual(before)
  })

  it('is valid SARIF 2.1.0 with what GitHub code scanning needs', async () => {
    const result = await runCli(['--format', 'sarif', 'project/docs', 'errors'], {cwd: work})
    expect(result.status).toBe(1)
    const log = JSON.parse(result.stdout)

    const schemaPath = join(root, '../shared/schemas/sarif-schema-2.1.0.json')
    if (existsSync(schemaPath)) {
      // A CommonJS module: under NodeNext its default import is the module object.
      const AjvDraft04 = ajvDraft04.default
      const ajv = new AjvDraft04({allErrors: true, strict: false, validateFormats: false})
      const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
      expect(validate({...log, version: '2.0.0'})).toBe(false)
    } else {
      console.warn(`sarif: ${schemaPath} is absent, so the output is not validated against the OASIS schema; the structural checks still run`)
    }

    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const [run] = log.runs
    expect(run.tool.driver).toMatchObject({name: 'stigma-aware', version: expect.any(String)})
    const rules = run.tool.driver.rules as Array<Record<string, any>>
    expect(rules.map((rule) => rule.id).sort()).toEqual(['animal-metaphor', 'genuine-refugee', 'illegal-immigrant', 'water-metaphor'])
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10)
      expect(rule.helpUri).toMatch(/^https:\/\/.*#.+$/)
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level)
    }
    expect(rules.find((rule) => rule.id === 'genuine-refugee')!.defaultConfiguration.level).toBe('note')
    expect(rules.find((rule) => rule.id === 'animal-metaphor')!.defaultConfiguration.level).toBe('error')

    const results = run.results as Array<Record<string, any>>
    expect(results).toHaveLength(4)
    for (const item of results) {
      expect(rules[item.ruleIndex]!.id).toBe(item.ruleId)
      expect(['error', 'warning', 'note']).toContain(item.level)
      expect(item.message.text.length).toBeGreaterThan(0)
      const {artifactLocation, region} = item.locations[0].physicalLocation
      // Relative to the working directory (the repository root in CI), with / separators.
      expect(artifactLocation.uri).toMatch(/^(project\/docs|errors)\/[\w.-]+$/)
      expect(region.startLine).toBeGreaterThanOrEqual(1)
      expect(region.startColumn).toBeGreaterThanOrEqual(1)
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine)
      expect(region.endColumn).toBeGreaterThan(0)
    }
    const first = results.find((item) => item.ruleId === 'illegal-immigrant')!
    expect(first).toMatchObject({level: 'warning', locations: [{physicalLocation: {artifactLocation: {uri: 'project/docs/press.md'}, region: {startLine: 3, startColumn: 20, endLine: 3, endColumn: 38}}}]})
  })
})

describe.concurrent('github', () => {
  it('prints one workflow command per finding, with the level, place and title', async () => {
    const result = await runCli(['--format', 'github', 'project/docs', 'errors'], {cwd: work})
    expect(result.status).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=stigma-aware%3A [a-z-]+::\S/)
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=errors\/alert\.md,line=3,endLine=3,col=1,endColumn=20,title=stigma-aware%3A animal-metaphor::“A swarm of migrants”/))
    expect(lines).toContainEqual(expect.stringMatching(/^::notice file=project\/docs\/press\.md,line=6,/))
    // The message's lines (reason, alternatives, note) are escaped, not broken.
    expect(lines.find((line) => line.includes('illegal-immigrant'))).toMatch(/instead%0AInstead: undocumented migrants; .*%0AA person cannot be illegal/)
  })

  it('escapes % CR LF in messages, and , : as well in properties', async () => {
    expect(escapeData('50% of\r\nall')).toBe('50%25 of%0D%0Aall')
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A')
    const directory = join(work, 'project')
    writeFileSync(join(directory, 'a,b:c.md'), 'Police found three illegal immigrants in a van on Harbour Road.\n')
    const result = await runCli(['--format', 'github', 'a,b:c.md'], {cwd: directory})
    expect(result.stdout).toMatch(/^::warning file=a%2Cb%3Ac\.md,line=1,/)
  })
})
