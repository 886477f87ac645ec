/**
 * Documents are confidential: the built CLI runs with every network API of Node replaced by one
 * that fails and is recorded (test/support/no-network.mjs), over Markdown, HTML, text, a Word
 * document, configuration files and a glossary, and must work without any attempt recorded.
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Document, Packer, Paragraph} from 'docx'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cliPath, copyFixtures, removeFixtures, root, runCli} from './support.js'

let work: string

beforeAll(async () => {
  work = copyFixtures()
  await cliPath()
}, 60_000)

afterAll(() => removeFixtures(work))

const preload = ['--import', join(root, 'test/support/no-network.mjs')]

describe('offline', () => {
  it('checks files, reads configuration, Word documents and standard input without touching the network', async () => {
    const bytes = await Packer.toBuffer(new Document({sections: [{children: [new Paragraph('Police found three illegal immigrants in a van on Harbour Road.')]}]}))
    writeFileSync(join(work, 'project/docs/briefing.docx'), bytes)
    const result = await runCli(['--format', 'json', '--fix-dry-run', 'project', 'nested', 'glossary'], {cwd: work, nodeArgs: preload})
    expect(result.stderr).not.toContain('network access attempted')
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stderr.slice(0, result.stderr.lastIndexOf('}') + 1))
    expect(report.files.map((file: {file: string}) => file.file)).toContain('project/docs/briefing.docx')
    expect(report.warningCount + report.errorCount).toBeGreaterThan(3)
    expect(result.stdout).toContain('+++ b/project/docs/press.md')

    const piped = await runCli(['--stdin-filename', 'x.html'], {cwd: work, nodeArgs: preload, input: '<p>A tide of asylum seekers is heading our way.</p>'})
    expect(piped.stderr).toBe('')
    expect(piped.stdout).toContain('water-metaphor')
  })

  it('the preload does catch network access by the CLI’s process (the test can fail)', async () => {
    const result = await runCli(['--version'], {cwd: work, nodeArgs: [...preload, '--import', 'data:text/javascript,fetch("http://127.0.0.1:9").catch(() => {})']})
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('network access attempted: fetch')
  })
})
