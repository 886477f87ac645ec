/**
 * stigma-aware: find stigmatising and generalising language about population groups, with
 * neutral alternatives and the public guidance behind each rule.
 *
 * This entry loads the rule sets of every language and the language detector. For browser
 * bundles that should stay small, `stigma-aware/core` loads English only and the rest on demand.
 *
 * @packageDocumentation
 */
import {ParseDutch} from 'parse-dutch'
import {ParseLatin} from 'parse-latin'
import {shippedRuleSets} from './generated/index.js'
import {registerRuleSet} from './rulesets.js'
import {setLanguageRanker} from './text/language.js'
import {francRanker} from './text/franc.js'
import {registerParser} from './adapters/languages.js'

for (const ruleSet of Object.values(shippedRuleSets)) registerRuleSet(ruleSet)
for (const language of ['da', 'de', 'fr', 'sv']) registerParser(language, () => new ParseLatin())
registerParser('nl', () => new ParseDutch())
setLanguageRanker(francRanker)

export * from './api.js'
