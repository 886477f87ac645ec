/**
 * Every regular expression in the source runs in linear time on any input: recheck (a ReDoS
 * checker that finds polynomial as well as exponential backtracking) reads each literal. Three
 * quadratic ones were found in review before this test existed (a table header test, the HTML
 * `lang` test, the last word of an allow-list phrase); it keeps new ones out.
 */
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import ts from 'typescript'
import {checkSync} from 'recheck'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

interface Literal {
  where: string
  source: string
  flags: string
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    // Generated rule data holds no regular expressions, only words.
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

function literals(): Literal[] {
  const found: Literal[] = []
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(file)
        const end = text.lastIndexOf('/')
        found.push({where: `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`, source: text.slice(1, end), flags: text.slice(end + 1)})
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return found
}

describe('regular expressions', () => {
  const all = literals()

  it('are found in the source (the scan works)', () => {
    expect(all.length).toBeGreaterThan(50)
    expect(all.some((literal) => literal.where.startsWith('src/adapters/markdown.ts'))).toBe(true)
  })

  it('run in linear time (recheck finds no exponential or polynomial backtracking)', () => {
    const unsafe = all
      .map((literal) => ({...literal, result: checkSync(literal.source, literal.flags.replace(/[gy]/g, ''), {timeout: 20_000})}))
      .filter(({result}) => result.status !== 'safe')
      .map(({where, source, result}) => `${where} /${source}/: ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.summary})` : ''}`)
    expect(unsafe).toEqual([])
  }, 300_000)

  it('the checker does flag a quadratic expression (the test can fail)', () => {
    expect(checkSync('^(.*?)([a-z]+)$', '').status).toBe('vulnerable')
    expect(checkSync('<[^>]*?lang=', 'i').status).toBe('vulnerable')
  })
})
