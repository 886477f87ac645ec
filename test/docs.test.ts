/**
 * Documentation checked against the code: the README's table of rule sets gives, for every
 * shipped language, the number of rules in total and per category.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {shippedLanguages, shippedRuleSet} from '../src/index.js'
import {categoryOrder} from '../src/rules/compile.js'
import {root} from './helpers.js'

const names: Record<string, string> = {en: 'English', da: 'Danish', de: 'German', fr: 'French', nl: 'Dutch', sv: 'Swedish'}

describe('README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Rule sets'), readme.indexOf('## Design'))
  it('has a header listing the categories in order', () => {
    expect(section).toContain(`| language | rules | ${categoryOrder.join(' | ')} | documentation |`)
  })
  it.each(shippedLanguages.map((language) => [language]))('gives the rule counts of %s', (language) => {
    const rules = shippedRuleSet(language).rules
    const counts = categoryOrder.map((category) => rules.filter((rule) => rule.category === category).length)
    expect(section, 'update the table: npx tsx scripts/rule-table.ts').toContain(`| ${names[language]} | ${rules.length} | ${counts.join(' | ')} |`)
  })
})
