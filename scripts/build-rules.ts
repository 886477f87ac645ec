/**
 * Compile `rules/<lang>/*.yml` into `src/generated/<lang>.ts` (plain data, so the browser bundle
 * needs no YAML parser and no file system) and regenerate `docs/rules/<lang>.md` from the same
 * data. `--check` verifies that both are up to date instead of writing them.
 */
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {RuleSetError} from '../src/rules/errors.js'
import {loadRuleDirectory} from '../src/node/load-rules.js'
import {generatedModule, ruleDocs} from './generate.js'

const root = join(import.meta.dirname, '..')
const check = process.argv.includes('--check')
let stale = 0

try {
  const languages = readdirSync(join(root, 'rules'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
  for (const language of languages) {
    const {ruleSet} = loadRuleDirectory(join(root, 'rules', language), language)
    const outputs: Array<[string, string]> = [
      [join(root, 'src/generated', `${language}.ts`), generatedModule(ruleSet)],
      [join(root, 'docs/rules', `${language}.md`), ruleDocs(ruleSet)]
    ]
    for (const [path, content] of outputs) {
      const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined
      if (current === content) continue
      if (check) {
        console.error(`${path} is out of date: run npm run build:rules`)
        stale++
      } else {
        mkdirSync(join(path, '..'), {recursive: true})
        writeFileSync(path, content)
        console.log(`wrote ${path.slice(root.length + 1)}`)
      }
    }
    console.log(`${language}: ${ruleSet.rules.length} rules, ${Object.keys(ruleSet.lexicons).length} lexicons`)
  }
} catch (error) {
  if (error instanceof RuleSetError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
if (stale > 0) process.exit(1)
