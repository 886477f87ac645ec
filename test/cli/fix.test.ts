/**
 * --fix (safe fixes written in place, against a committed golden file; a second run changes
 * nothing), --fix-dry-run (a unified diff, nothing written) and Word documents (paragraph
 * numbers, never rewritten).
 */
import {readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'
import {Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun} from 'docx'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cliPath, copyFixtures, removeFixtures, root, runCli} from './support.js'

let work: string

beforeAll(async () => {
  work = copyFixtures()
  await cliPath()
}, 60_000)

afterAll(() => removeFixtures(work))

const golden = readFileSync(join(root, 'fixtures/cli/fix/press.md.golden'), 'utf8')
const original = readFileSync(join(root, 'fixtures/cli/fix/press.md'), 'utf8')

interface Report {
  files: Array<{file: string; fixed: boolean; messages: Array<{ruleId: string; line: number; column: number; paragraph?: number; fixable: boolean; excerpt: string; severity: string}>}>
}

describe('--fix', () => {
  it('writes the safe fixes in place (golden file), and a second run changes nothing', async () => {
    const path = join(work, 'fix/press.md')
    const first = await runCli(['--fix', '--format', 'json', 'fix/press.md'], {cwd: work})
    expect(first.stderr).toBe('')
    expect(readFileSync(path, 'utf8')).toBe(golden)
    expect(golden).not.toBe(original)
    const report = JSON.parse(first.stdout) as Report
    expect(report.files[0]!.fixed).toBe(true)
    // What is left: the unsafe metaphor and the quoted (info) word; none of the fixed findings.
    expect(report.files[0]!.messages.map((message) => message.ruleId)).toEqual(['water-metaphor', 'illegals'])
    expect(report.files[0]!.messages.some((message) => message.fixable)).toBe(false)
    // The Mohammedans error was fixed, so the run passes.
    expect(first.status).toBe(0)

    const modified = statSync(path).mtimeMs
    const second = await runCli(['--fix', '--format', 'json', 'fix/press.md'], {cwd: work})
    expect(readFileSync(path, 'utf8')).toBe(golden)
    expect((JSON.parse(second.stdout) as Report).files[0]!.fixed).toBe(false)
    expect(statSync(path).mtimeMs).toBe(modified)

    // Re-checked without --fix, the fixed file has none of the fixed findings.
    const recheck = JSON.parse((await runCli(['--format', 'json', 'fix/press.md'], {cwd: work})).stdout) as Report
    expect(recheck.files[0]!.messages.map((message) => message.ruleId)).toEqual(['water-metaphor', 'illegals'])
  })

  it('--fix on standard input prints the fixed text exactly (the golden file) and reports on stderr', async () => {
    const result = await runCli(['--fix', '--stdin-filename', 'press.md'], {cwd: work, input: original})
    expect(result.stdout).toBe(golden)
    expect(result.stderr).toContain('press.md')
    // A text without findings comes back unchanged, byte for byte (no line end added).
    const clean = await runCli(['--fix', '--language', 'en'], {cwd: work, input: 'The library opens at nine.'})
    expect([clean.status, clean.stdout]).toEqual([0, 'The library opens at nine.'])
  })

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const path = join(work, 'fix/dry.md')
    writeFileSync(path, original)
    const result = await runCli(['--fix-dry-run', 'fix/dry.md'], {cwd: work})
    expect(result.status).toBe(0)
    expect(readFileSync(path, 'utf8')).toBe(original)
    const expected = createTwoFilesPatch('a/fix/dry.md', 'b/fix/dry.md', original, golden, undefined, undefined, {headerOptions: FILE_HEADERS_ONLY})
    expect(result.stdout).toBe(expected.endsWith('\n') ? expected : `${expected}\n`)
    expect(result.stdout).toContain('-Police found three illegal immigrants in a van. An illegal immigrant was later taken to hospital.')
    expect(result.stdout).toContain('+Police found three undocumented migrants in a van. An undocumented migrant was later taken to hospital.')
    // The report (of what would remain) goes to stderr, so stdout is a patch file.
    expect(result.stderr).toContain('water-metaphor')
  })
})

describe('Word documents', () => {
  it('are checked with paragraph numbers and excerpts, and never rewritten (not even by --fix)', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({children: [new TextRun({text: 'Weekly briefing', bold: true})]}),
            new Paragraph(''),
            new Paragraph({children: [new TextRun('Police found three '), new TextRun({text: 'illegal immigrants', italics: true}), new TextRun(' in a van on Harbour Road.')]}),
            new Table({rows: [new TableRow({children: [new TableCell({children: [new Paragraph('Harbour Road')]}), new TableCell({children: [new Paragraph('Tuesday')]})]})]}),
            new Paragraph('The teams met the residents. A swarm of migrants tried to board the lorries at the port.')
          ]
        }
      ]
    })
    const path = join(work, 'briefing.docx')
    const bytes = await Packer.toBuffer(document)
    writeFileSync(path, bytes)

    const json = await runCli(['--format', 'json', 'briefing.docx'], {cwd: work})
    expect(json.stderr).toBe('')
    expect(json.status).toBe(1)
    const report = JSON.parse(json.stdout)
    expect(report.files[0]).toMatchObject({file: 'briefing.docx', format: 'docx'})
    // Paragraphs: 1 title, 2 empty, 3 the police sentence, 4 and 5 the table cells, 6 the last one.
    expect(report.files[0].messages).toMatchObject([
      {ruleId: 'illegal-immigrant', line: 3, paragraph: 3, column: 20, fixable: true, excerpt: 'Police found three illegal immigrants in a van on Harbour Road.'},
      {ruleId: 'animal-metaphor', line: 6, paragraph: 6, column: 30, severity: 'error'}
    ])

    const stylish = await runCli(['briefing.docx'], {cwd: work})
    expect(stylish.stdout).toMatch(/^ {2}¶3:20 +warning +“illegal immigrants”/m)
    expect(stylish.stdout).toMatch(/^ {2}¶6:30 +error +“A swarm of migrants”/m)
    expect(stylish.stdout).toContain('| Police found three illegal immigrants in a van on Harbour Road.')

    const fixed = await runCli(['--fix', 'briefing.docx'], {cwd: work})
    expect(fixed.status).toBe(1)
    expect(readFileSync(path).equals(bytes)).toBe(true)
  })

  it('keeps line breaks inside a Word paragraph as line ends, so the words on either side stay apart', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph('Briefing'),
            new Paragraph({children: [new TextRun('Police found'), new TextRun({text: 'illegals near', break: 1}), new TextRun({text: 'the station.', break: 1})]}),
            new Paragraph('A swarm of migrants tried to board the lorries.')
          ]
        }
      ]
    })
    writeFileSync(join(work, 'breaks.docx'), await Packer.toBuffer(document))
    const report = JSON.parse((await runCli(['--format', 'json', '--language', 'en', 'breaks.docx'], {cwd: work})).stdout)
    // "found" and "illegals" were once read as one word, "foundillegals", and the finding was lost.
    expect(report.files[0].messages).toMatchObject([
      {ruleId: 'illegals', paragraph: 2, column: 14},
      {ruleId: 'animal-metaphor', paragraph: 3, column: 1}
    ])
  })

  it('a file that is not a Word document is an error naming it', async () => {
    writeFileSync(join(work, 'fake.docx'), 'not a zip file')
    const result = await runCli(['fake.docx'], {cwd: work})
    expect(result.status).toBe(2)
    expect(result.stderr.trim()).toMatch(/^stigma-aware: fake\.docx: cannot read Word document \(.+\)$/)
  })
})
