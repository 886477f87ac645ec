// Run by the offline test under the no-network preload: check every fixture, load rule files.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {check, applyFixes} from '../../src/index.js'
import {loadRuleDirectory} from '../../src/node/load-rules.js'

const root = join(import.meta.dirname, '../..')
let findings = 0
loadRuleDirectory(join(root, 'rules/en'))
for (const name of readdirSync(join(root, 'fixtures/en'))) {
  if (!/\.(md|html|txt)$/.test(name)) continue
  const path = join(root, 'fixtures/en', name)
  const value = readFileSync(path, 'utf8')
  const file = await check(new VFile({path, value}))
  applyFixes(value, file.messages)
  findings += file.messages.length
}
console.log(`checked offline: ${findings} findings`)
