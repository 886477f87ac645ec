/**
 * Inline controls end to end: `<!-- stigma-aware-disable ... -->` comments in a Markdown file
 * switch findings off in the CLI's output. The comments are applied by the library's check
 * (src/report/directives.ts, wired into checkSync), so the CLI needs nothing of its own.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cliPath, copyFixtures, removeFixtures, runCli} from './support.js'

let work: string

beforeAll(async () => {
  work = copyFixtures()
  await cliPath()
}, 60_000)

afterAll(() => removeFixtures(work))

describe('inline controls', () => {
  it('disable-next-line, disable/enable ranges, and comments inside code fences ignored', async () => {
    const result = await runCli(['--format', 'json', 'directives/doc.md'], {cwd: work})
    const messages = JSON.parse(result.stdout).files[0].messages as Array<{ruleId: string; line: number}>
    // Line 4 (next-line) and line 7 (inside the disabled range) are silenced; line 10 is after the
    // enable; the disable on line 13 sits in a code fence, so line 16 is still reported.
    expect(messages.map((message) => `${message.ruleId}@${message.line}`)).toEqual(['water-metaphor@10', 'animal-metaphor@16'])
    expect(result.status).toBe(1)
  })
})
