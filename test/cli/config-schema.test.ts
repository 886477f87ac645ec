/**
 * docs/config.schema.json is the schema the command line validates configuration files with, so
 * an editor that reads it agrees with the command line.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {configSchema} from '../../src/cli/config.js'
import {root} from './support.js'

describe('docs/config.schema.json', () => {
  const published = JSON.parse(readFileSync(join(root, 'docs/config.schema.json'), 'utf8'))

  it('is the schema the command line uses', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(configSchema)))
  })

  it('accepts the documented example and rejects a wrong one', () => {
    const validate = new Ajv({strict: true}).compile(published)
    expect(validate({extends: 'strict', language: 'en', rules: {'illegal-immigrant': 'error', 'lone-wolf': 'off'}, allow: ['economic migrant'], ruleFiles: ['./glossary/city-terms.yml'], maxFindings: 10_000, root: true})).toBe(true)
    expect(validate({rules: {'lone-wolf': 'loud'}})).toBe(false)
    expect(validate({languag: 'en'})).toBe(false)
  })
})
