/**
 * No network, no telemetry: the library and the rule loader run with every network API of Node
 * replaced by one that fails and is recorded; the run must succeed with no attempt recorded.
 */
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

describe('offline', () => {
  it('checks documents and loads rule files without touching the network', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', join(root, 'test/support/no-network.mjs'), join(root, 'test/support/offline-run.ts')], {
      cwd: root,
      encoding: 'utf8'
    })
    expect(result.stderr).not.toContain('network access attempted')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/checked offline: [1-9]\d* findings/)
  })

  it('the preload does catch network access (the test can fail)', () => {
    const result = spawnSync(process.execPath, ['--import', join(root, 'test/support/no-network.mjs'), '-e', "fetch('http://127.0.0.1:9').catch(() => {})"], {encoding: 'utf8'})
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('network access attempted: fetch')
  })
})
