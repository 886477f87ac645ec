/**
 * Which files the CLI checks and with which options: directories, globs, the ignore file,
 * standard input, nested configuration files, --config, --no-config and a glossary.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cliPath, copyFixtures, removeFixtures, runCli} from './support.js'

interface Report {
  files: Array<{file: string; format: string; language: string; messages: Array<{ruleId: string; severity: string; line: number; column: number}>}>
}

let work: string

beforeAll(async () => {
  work = copyFixtures()
  await cliPath()
}, 60_000)

afterAll(() => removeFixtures(work))

async function report(args: string[], cwd: string, input?: string): Promise<{status: number | null; report: Report; stderr: string}> {
  const result = await runCli(['--format', 'json', ...args], {cwd, ...(input === undefined ? {} : {input})})
  return {status: result.status, report: JSON.parse(result.stdout || '{"files": []}') as Report, stderr: result.stderr}
}

const paths = (value: Report): string[] => value.files.map((file) => file.file)

/** `ruleId:severity` of each finding, per file. */
function findings(value: Report): Record<string, string[]> {
  return Object.fromEntries(value.files.map((file) => [file.file, file.messages.map((message) => `${message.ruleId}:${message.severity}`)]))
}

describe.concurrent('files', () => {
  it('walks directories for supported files, skipping other types and what .stigma-awareignore lists', async () => {
    const project = join(work, 'project')
    const result = await report(['.'], project)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    // drafts/ and *.skip.md are ignored; readme.rst is of no supported type.
    expect(paths(result.report)).toEqual(['docs/clean.md', 'docs/notes.txt', 'docs/page.html', 'docs/press.md'])
    expect(result.report.files.map((file) => file.format)).toEqual(['markdown', 'text', 'html', 'markdown'])
    expect(findings(result.report)['docs/press.md']).toEqual(['illegal-immigrant:warning', 'genuine-refugee:info'])
    expect(findings(result.report)['docs/page.html']).toEqual(['water-metaphor:warning'])
  })

  it('walks upper-case extensions too (NOTES.MD, PAGE.HTM)', async () => {
    const folder = join(work, 'upper')
    mkdirSync(folder, {recursive: true})
    writeFileSync(join(folder, 'NOTES.MD'), 'Police found illegals near the station.\n')
    writeFileSync(join(folder, 'PAGE.HTM'), '<p>Police found illegals near the station.</p>\n')
    const result = await report(['--language', 'en', '.'], folder)
    expect(paths(result.report)).toEqual(['NOTES.MD', 'PAGE.HTM'])
    expect(result.report.files.map((file) => file.format)).toEqual(['markdown', 'html'])
  })

  it('expands globs (the ignore file still applies; files of other types are skipped)', async () => {
    const project = join(work, 'project')
    expect(paths((await report(['docs/*.md'], project)).report)).toEqual(['docs/clean.md', 'docs/press.md'])
    expect(paths((await report(['**/*.html', 'docs/*.txt'], project)).report)).toEqual(['docs/notes.txt', 'docs/page.html'])
    const everything = await report(['docs/*'], project)
    expect(everything.status).toBe(0)
    expect(paths(everything.report)).toEqual(['docs/clean.md', 'docs/notes.txt', 'docs/page.html', 'docs/press.md'])
  })

  it('skips an ignored file named on the command line quietly (as a pre-commit hook passes it)', async () => {
    const result = await report(['drafts/draft.md', 'docs/clean.md'], join(work, 'project'))
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(paths(result.report)).toEqual(['docs/clean.md'])
  })

  it('--ignore-path replaces .stigma-awareignore', async () => {
    const project = join(work, 'project')
    writeFileSync(join(project, 'other.ignore'), 'docs/press.md\n')
    const result = await report(['--ignore-path', 'other.ignore', '.'], project)
    expect(paths(result.report)).toEqual(['docs/clean.md', 'docs/notes.txt', 'docs/old.skip.md', 'docs/page.html', 'drafts/draft.md'])
    // The draft and the archived copy have errors, now that they are checked.
    expect(result.status).toBe(1)
  })

  it('reads standard input, with the format from --stdin-filename', async () => {
    const cwd = join(work, 'project')
    const html = await report(['--stdin-filename', 'briefing.html'], cwd, '<p>A tide of asylum seekers is heading our way, the leaflet claimed.</p>\n')
    expect(html.status).toBe(0)
    expect(html.report.files).toMatchObject([{file: 'briefing.html', format: 'html', messages: [{ruleId: 'water-metaphor', line: 1, column: 4}]}])

    const text = await report(['--stdin-filename', 'notes.txt'], cwd, '<!-- -->Police found three illegal immigrants in a van on Harbour Road.\n')
    expect(text.report.files).toMatchObject([{file: 'notes.txt', format: 'text', messages: [{ruleId: 'illegal-immigrant', column: 28}]}])

    const dash = await report(['-'], cwd, '*Police found three illegal immigrants in a van on Harbour Road.*\n')
    // Column 21: the emphasis mark counts, as positions are those of the original text.
    expect(dash.report.files).toMatchObject([{file: '<stdin>', format: 'markdown', messages: [{ruleId: 'illegal-immigrant', column: 21}]}])
  })

  it('finds the configuration of standard input from --stdin-filename', async () => {
    const result = await report(['--stdin-filename', 'nested/team/new.md'], work, 'Police found three illegal immigrants in a van. A tide of asylum seekers is heading our way.\n')
    expect(findings(result.report)).toEqual({'nested/team/new.md': ['water-metaphor:error']})
    expect(result.status).toBe(1)
  })

  it('nested configurations override their parents: nearest wins per key, rules merged', async () => {
    const result = await report(['nested'], work)
    expect(result.stderr).toBe('')
    expect(findings(result.report)).toEqual({
      // package.json without a "stigma-aware" key: the top configuration applies.
      'nested/other/doc.md': ['illegal-immigrant:error', 'water-metaphor:warning'],
      // team: illegal-immigrant off, water-metaphor error; genuine-refugee off from the top.
      'nested/team/doc.md': ['water-metaphor:error'],
      // sub (package.json): extends strict, so the info rule problem-neighbourhood becomes a warning;
      // rules set in the parents still win over the preset.
      'nested/team/sub/doc.md': ['water-metaphor:error', 'problem-neighbourhood:warning'],
      // top: illegal-immigrant error, genuine-refugee off.
      'nested/top.md': ['illegal-immigrant:error', 'water-metaphor:warning']
    })
    expect(result.status).toBe(1)
  })

  it('--config uses one file for everything; --no-config uses none; --rule and --language win over both', async () => {
    const only = await report(['--config', 'nested/team/.stigma-awarerc.json', 'nested/top.md'], work)
    expect(findings(only.report)).toEqual({'nested/top.md': ['water-metaphor:error', 'genuine-refugee:info']})

    const none = await report(['--no-config', 'nested/top.md'], work)
    expect(findings(none.report)).toEqual({'nested/top.md': ['illegal-immigrant:warning', 'water-metaphor:warning', 'genuine-refugee:info']})

    const overridden = await report(['--rule', 'illegal-immigrant:info', '--rule', 'water-metaphor:off', 'nested/top.md'], work)
    expect(findings(overridden.report)).toEqual({'nested/top.md': ['illegal-immigrant:info']})
    expect(overridden.status).toBe(0)
  })

  it('loads an organisation glossary named by the configuration, with allow-lists', async () => {
    const result = await report(['glossary'], work)
    expect(result.stderr).toBe('')
    // city-service-users comes from city-glossary.yml (raised to error); "genuine refugees" is allowed.
    expect(findings(result.report)).toEqual({'glossary/letter.md': ['city-service-users:error']})
    expect(result.status).toBe(1)
  })
})
