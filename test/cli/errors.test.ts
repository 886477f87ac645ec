/**
 * Bad input ends with exit code 2 and one line on stderr naming the file (and line) and the
 * problem, never a stack trace.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cliPath, copyFixtures, removeFixtures, runCli, type CliRun} from './support.js'

let work: string

beforeAll(async () => {
  work = copyFixtures()
  await cliPath()
}, 60_000)

afterAll(() => removeFixtures(work))

/** The run failed with exit code 2 and exactly this one line on stderr (no stack trace). */
function expectOneLine(result: CliRun, line: string | RegExp): void {
  expect(result.status).toBe(2)
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(typeof line === 'string' ? new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : line)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

const run = (args: string[]) => runCli(args, {cwd: work})

describe.concurrent('bad input', () => {
  it('a missing file', async () => {
    expectOneLine(await run(['project/docs/missing.md']), 'stigma-aware: project/docs/missing.md: no such file or directory')
  })

  it('a directory with no supported files, and a glob that matches nothing', async () => {
    expectOneLine(await run(['no-supported']), 'stigma-aware: no-supported: no files to check (looked for .md, .markdown, .mdx, .html, .htm, .txt, .docx)')
    expectOneLine(await run(['project/**/*.mdx']), /^stigma-aware: project\/\*\*\/\*\.mdx: no files to check/)
  })

  it('a file of an unsupported type named on the command line', async () => {
    expectOneLine(await run(['no-supported/notes.rtf']), /^stigma-aware: no-supported\/notes\.rtf: unsupported file type \(expected \.md/)
  })

  it('an unreadable file', async () => {
    // A folder of its own, open to everyone, so an unprivileged user can reach the file.
    const directory = mkdtempSync(join(tmpdir(), 'stigma-aware-unreadable-'))
    chmodSync(directory, 0o755)
    const path = join(directory, 'secret.md')
    writeFileSync(path, 'Police found three illegal immigrants in a van on Harbour Road.\n')
    chmodSync(path, 0o000)
    try {
      // Root reads a file whatever its mode: run as "nobody" instead, when setpriv is there.
      const root = process.getuid?.() === 0
      const asNobody = root && spawnSync('setpriv', ['--version']).status === 0
      const result = await runCli(['secret.md'], {cwd: directory, ...(asNobody ? {asUser: 65_534} : {})})
      if (root && !asNobody) {
        console.warn('errors.test.ts: running as root without setpriv; root can read a mode-000 file, so the EACCES assertion is skipped')
        expect(result.stdout).toContain('illegal-immigrant')
        return
      }
      expectOneLine(result, 'stigma-aware: secret.md: cannot read file: permission denied (EACCES)')
    } finally {
      rmSync(directory, {recursive: true, force: true})
    }
  })

  it('a malformed configuration file names the file and the line (YAML and JSON)', async () => {
    expectOneLine(await run(['bad/malformed']), /^stigma-aware: bad\/malformed\/\.stigma-awarerc\.yml:3: invalid YAML: /)
    expectOneLine(await run(['bad/malformed-json/doc.md']), /^stigma-aware: bad\/malformed-json\/\.stigma-awarerc\.json:5: invalid JSON: /)
  })

  it('an unknown rule id in a configuration file', async () => {
    expectOneLine(await run(['bad/unknown-rule']), 'stigma-aware: bad/unknown-rule/.stigma-awarerc.json:5: unknown rule "no-such-rule" for language en (see --list-rules)')
  })

  it('an unknown language, in a configuration file or on the command line', async () => {
    expectOneLine(await run(['bad/unknown-language']), /^stigma-aware: bad\/unknown-language\/\.stigma-awarerc\.yml:2: unknown language "english" \(expected one of .*\ben\b.*auto\)$/)
    expectOneLine(await run(['--language', 'xx', 'project']), /^stigma-aware: --language: unknown language "xx" \(expected one of .*, or auto\)$/)
  })

  it('unknown keys, wrong types and missing rule files in a configuration file', async () => {
    expectOneLine(await run(['bad/unknown-key']), /^stigma-aware: bad\/unknown-key\/\.stigma-awarerc\.yml:2: unknown key "rule" \(expected .*rules.*\)$/)
    expectOneLine(await run(['bad/wrong-type']), 'stigma-aware: bad/wrong-type/.stigma-awarerc.yml:4: "allow" must be array')
    expectOneLine(await run(['bad/missing-rule-file']), 'stigma-aware: bad/missing-rule-file/.stigma-awarerc.yml:3: rule file "./city-glossary.yml": no such file or directory (ENOENT)')
    expectOneLine(await run(['--config', 'nowhere.yml', 'project']), 'stigma-aware: nowhere.yml: cannot read configuration: no such file or directory (ENOENT)')
    expectOneLine(await run(['--ignore-path', 'nowhere.ignore', 'project']), 'stigma-aware: --ignore-path: cannot read nowhere.ignore: no such file or directory (ENOENT)')
  })

  it('an error in one configuration is reported once, however many files it covers', async () => {
    writeFileSync(join(work, 'bad/unknown-rule/second.md'), 'Police found three illegal immigrants in a van on Harbour Road.\n')
    expectOneLine(await run(['bad/unknown-rule']), /unknown rule "no-such-rule"/)
  })
})
