/**
 * The package surface: the public exports are deliberate (a change here is an API change), and
 * the browser-safe core never imports Node built-ins.
 */
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'
import * as nodeApi from '../src/node.js'
import {root} from './helpers.js'

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'RuleSetError',
      'applyFixes',
      'check',
      'checkSync',
      'checkWithRuleSet',
      'defaultMaxFindings',
      'detectLanguage',
      'formatFromPath',
      'languages',
      'limitRuleId',
      'planFixes',
      'registerRuleSet',
      'retextStigmaAware',
      'ruleUrl',
      'shippedLanguages',
      'shippedRuleSet',
      'wordText'
    ])
    expect(Object.keys(nodeApi).sort()).toEqual(['RuleSetError', 'jsonErrorAt', 'loadRuleDirectory', 'loadRuleFile', 'maxRuleFileBytes', 'parseRuleFile', 'yamlNodeAt'])
  })
})

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('browser-safe core', () => {
  it('has no Node built-in imports outside src/node (and the command line, src/cli)', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .filter((path) => !relative(root, path).startsWith('src/node') && !relative(root, path).startsWith('src/cli'))
      .filter((path) => /from ['"](node:|fs['"]|path['"]|os['"]|child_process|net['"]|http)/.test(readFileSync(path, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('imports point one way: text -> rules -> match -> report -> plugin -> adapters -> index', () => {
    const layers: Array<[string, RegExp]> = [
      ['src/text', /from '\.\.\/(rules|match|report|adapters|plugin|index)/],
      ['src/rules', /from '\.\.\/(match|report|adapters|plugin|index)/],
      ['src/match', /from '\.\.\/(report|adapters|plugin|index)/],
      ['src/report', /from '\.\.\/(adapters|plugin|index)/]
    ]
    for (const [folder, forbidden] of layers) {
      for (const path of sourceFiles(join(root, folder))) expect(readFileSync(path, 'utf8'), path).not.toMatch(forbidden)
    }
  })

  it('the command line (src/cli) uses the library through its public entries only, and nothing imports it', () => {
    const cli = join(root, 'src/cli')
    expect(sourceFiles(cli).length).toBeGreaterThan(0)
    const entries = [join(root, 'src/index.js'), join(root, 'src/node.js')]
    for (const path of sourceFiles(join(root, 'src'))) {
      const inCli = !relative(cli, path).startsWith('..')
      for (const [, target] of readFileSync(path, 'utf8').matchAll(/from '(\.[^']*)'/g)) {
        const targetInCli = !relative(cli, join(dirname(path), target!)).startsWith('..')
        if (inCli && !targetInCli) expect(entries, `${relative(root, path)} imports ${target}`).toContain(join(dirname(path), target!))
        if (!inCli) expect(targetInCli, `${relative(root, path)} imports the CLI (${target})`).toBe(false)
      }
    }
  })
})
