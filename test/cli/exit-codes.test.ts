/**
 * Exit codes (0 clean, 1 errors or too many warnings, 2 usage/config/I-O) and the options that
 * move between them: --max-warnings, --quiet and --rule.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import ajvDraft04 from 'ajv-draft-04'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cliPath, copyFixtures, removeFixtures, root, runCli} from './support.js'

let work: string

beforeAll(async () => {
  work = copyFixtures()
  await cliPath()
}, 60_000)

afterAll(() => removeFixtures(work))

const run = (args: string[]) => runCli(args, {cwd: work})

describe.concurrent('exit codes', () => {
  it('0 when there is nothing, or only warnings and info', async () => {
    const clean = await run(['project/docs/clean.md'])
    expect(clean.status).toBe(0)
    expect(clean.stdout).toContain('No findings in 1 file')

    const warnings = await run(['project/docs'])
    expect(warnings.status).toBe(0)
    expect(warnings.stdout).toContain('3 findings (0 errors, 2 warnings, 1 info) in 2 of 4 files')
  })

  it('1 when a finding is an error', async () => {
    const result = await run(['errors/alert.md'])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('animal-metaphor')
    expect(result.stdout).toContain('1 finding (1 error, 0 warnings, 0 info)')
  })

  it('2 for a usage error, with one line and a pointer to --help', async () => {
    const result = await run(['--frobnicate', 'project'])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^stigma-aware: Unknown option '--frobnicate' \(see --help\)$/)])
    for (const args of [['--format', 'xml', 'project'], ['--fix', '--fix-dry-run', 'project'], ['--config', 'x', '--no-config', 'project'], ['--max-warnings', 'many', 'project']]) {
      const other = await run(args)
      expect(other.status, args.join(' ')).toBe(2)
      expect(other.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1)
    }
  })

  it('--max-warnings: 1 when warnings exceed the limit, 0 at the limit', async () => {
    const over = await run(['--max-warnings', '1', 'project/docs'])
    expect(over.status).toBe(1)
    expect(over.stderr).toContain('2 warnings, more than --max-warnings 1')
    const at = await run(['--max-warnings', '2', 'project/docs'])
    expect(at.status).toBe(0)
    const zero = await run(['--max-warnings', '0', 'project/docs/clean.md'])
    expect(zero.status).toBe(0)
  })

  it('--max-findings and maxFindings stop a file early with one error that says so', async () => {
    const folder = join(work, 'many')
    mkdirSync(folder, {recursive: true})
    writeFileSync(join(folder, 'list.md'), 'Police found illegals near the station.\n\n'.repeat(12))
    const limited = await run(['--max-findings', '5', '--format', 'json', '--language', 'en', 'many/list.md'])
    expect(limited.status).toBe(1)
    const messages = JSON.parse(limited.stdout).files[0].messages as Array<{ruleId: string; severity: string; category: string; line: number}>
    expect(messages.map((message) => message.ruleId)).toEqual([...Array.from({length: 5}, () => 'illegals'), 'max-findings'])
    expect(messages.at(-1)).toMatchObject({severity: 'error', category: 'limit', line: 11})
    const validateJson = new Ajv({allErrors: true, strict: true}).compile(JSON.parse(readFileSync(join(root, 'docs/output.schema.json'), 'utf8')))
    expect(validateJson(JSON.parse(limited.stdout)), JSON.stringify(validateJson.errors)).toBe(true)
    const sarifSchema = join(root, '../shared/schemas/sarif-schema-2.1.0.json')
    const sarif = JSON.parse((await run(['--max-findings', '5', '--format', 'sarif', '--language', 'en', 'many/list.md'])).stdout)
    expect(sarif.runs[0].tool.driver.rules.map((rule: {id: string}) => rule.id)).toEqual(['illegals', 'max-findings'])
    if (existsSync(sarifSchema)) {
      const validateSarif = new ajvDraft04.default({allErrors: true, strict: false, validateFormats: false}).compile(JSON.parse(readFileSync(sarifSchema, 'utf8')))
      expect(validateSarif(sarif), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true)
    }

    const all = await run(['--max-findings', '0', '--format', 'json', '--language', 'en', 'many/list.md'])
    expect(JSON.parse(all.stdout).files[0].messages).toHaveLength(12)

    writeFileSync(join(folder, '.stigma-awarerc.yml'), 'maxFindings: 3\n')
    const configured = await run(['--format', 'json', '--language', 'en', 'many/list.md'])
    expect(JSON.parse(configured.stdout).files[0].messages).toHaveLength(4)
    // The command line wins over the file.
    const overridden = await run(['--max-findings', '0', '--format', 'json', '--language', 'en', 'many/list.md'])
    expect(JSON.parse(overridden.stdout).files[0].messages).toHaveLength(12)

    writeFileSync(join(folder, '.stigma-awarerc.yml'), 'maxFindings: -2\n')
    const bad = await run(['--language', 'en', 'many/list.md'])
    expect(bad.status).toBe(2)
    expect(bad.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/\.stigma-awarerc\.yml:1.*maxFindings/)])

    const usage = await run(['--max-findings', 'lots', 'many/list.md'])
    expect([usage.status, usage.stderr.trim()]).toEqual([2, 'stigma-aware: --max-findings: expected a whole number of 0 (no limit) or more, got "lots"'])
  })

  it('--quiet reports errors only (warnings still count for --max-warnings)', async () => {
    const mixed = await run(['--quiet', 'errors/alert.md', 'project/docs/press.md'])
    expect(mixed.status).toBe(1)
    expect(mixed.stdout).toContain('animal-metaphor')
    expect(mixed.stdout).not.toContain('illegal-immigrant')
    expect(mixed.stdout).not.toContain('genuine-refugee')

    const warningsOnly = await run(['--quiet', 'project/docs/press.md'])
    expect(warningsOnly.status).toBe(0)
    expect(warningsOnly.stdout).toBe('')

    const limited = await run(['--quiet', '--max-warnings', '0', 'project/docs/press.md'])
    expect(limited.status).toBe(1)
  })

  it('--rule sets a severity (repeatable) and checks the rule id', async () => {
    const raised = await run(['--rule', 'illegal-immigrant:error', 'project/docs/press.md'])
    expect(raised.status).toBe(1)
    const off = await run(['--rule', 'animal-metaphor:off', '-r', 'illegal-immigrant:off', '--format', 'json', 'errors/alert.md'])
    expect(off.status).toBe(0)
    expect(JSON.parse(off.stdout).errorCount).toBe(0)

    const unknown = await run(['--rule', 'no-such-rule:error', 'project/docs/press.md'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr.trim()).toMatch(/^stigma-aware: --rule: unknown rule "no-such-rule"/)
    const badSeverity = await run(['--rule', 'illegal-immigrant:loud', 'project/docs/press.md'])
    expect(badSeverity.status).toBe(2)
    expect(badSeverity.stderr.trim()).toBe('stigma-aware: --rule: expected <rule-id>:<off|info|warning|error>, got "illegal-immigrant:loud"')
  })

  it('2 wins over 1: a file error alongside error findings', async () => {
    const result = await run(['errors/alert.md', join('project', 'missing.md')])
    expect(result.status).toBe(2)
    expect(result.stdout).toContain('animal-metaphor')
    expect(result.stderr.trim()).toBe('stigma-aware: project/missing.md: no such file or directory')
  })
})
