/** Prints the README's table of rule sets (rules per category per language) from the shipped rule data. */
import {shippedRuleSets} from '../src/generated/index.js'
import {categoryOrder} from '../src/rules/compile.js'
const names: Record<string, string> = {en: 'English', da: 'Danish', de: 'German', fr: 'French', nl: 'Dutch', sv: 'Swedish'}
console.log('| language | rules | ' + categoryOrder.join(' | ') + ' | documentation |')
console.log('| --- | --- | ' + categoryOrder.map(() => '---').join(' | ') + ' | --- |')
for (const language of ['en', 'da', 'de', 'fr', 'nl', 'sv']) {
  const rules = shippedRuleSets[language]!.rules
  const counts = categoryOrder.map((category) => rules.filter((rule) => rule.category === category).length)
  console.log(`| ${names[language]} | ${rules.length} | ${counts.join(' | ')} | [docs/rules/${language}.md](docs/rules/${language}.md) |`)
}
