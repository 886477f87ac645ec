/**
 * Node-only entry (`stigma-aware/node`): read and validate rule files from disk.
 *
 * @packageDocumentation
 */
export {loadRuleFile, loadRuleDirectory, parseRuleFile, maxRuleFileBytes} from './node/load-rules.js'
export {RuleSetError} from './rules/errors.js'
export {jsonErrorAt} from './node/json-errors.js'
export {yamlNodeAt} from './node/yaml-position.js'
