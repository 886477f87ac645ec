/** Shared test helpers: run the rules as they are on disk (not the generated module). */
import {join} from 'node:path'
import type {VFile} from 'vfile'
import {loadRuleDirectory} from '../src/node/load-rules.js'
import {checkWithRuleSet} from '../src/index.js'
import type {CheckOptions, RuleSet} from '../src/types.js'
import type {StigmaMessage} from '../src/report/message.js'

export const root = join(import.meta.dirname, '..')

const loaded = new Map<string, RuleSet>()

/** The rule set of a language, read from rules/<lang>/ once per test file. */
export function ruleSetOnDisk(language: string): RuleSet {
  let ruleSet = loaded.get(language)
  if (!ruleSet) {
    ruleSet = loadRuleDirectory(join(root, 'rules', language), language).ruleSet
    loaded.set(language, ruleSet)
  }
  return ruleSet
}

/** Check with the on-disk rules of the language. */
export function checkOnDisk(value: string, options: CheckOptions = {}): VFile {
  const language = options.language && options.language !== 'auto' ? options.language : 'en'
  return checkWithRuleSet(value, {format: 'text', ...options}, ruleSetOnDisk(language))
}

/** Messages of a file, typed. */
export function messagesOf(file: VFile): StigmaMessage[] {
  return file.messages as StigmaMessage[]
}

/** Messages that count as findings of the author's own usage (not downgraded quotes or attributions). */
export function findings(file: VFile): StigmaMessage[] {
  return messagesOf(file).filter((message) => message.context === undefined)
}
