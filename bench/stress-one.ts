/**
 * One stress measurement in its own process: `tsx bench/stress-one.ts "<shape name>"` prints JSON.
 * Run with `--expose-gc` so that the heap baseline is measured after a full collection.
 */
import {VFile} from 'vfile'
import {checkSync} from '../src/index.js'
import {shapes} from './shapes.js'

const shape = shapes[process.argv[2] ?? '']
if (!shape) {
  console.error(`unknown shape; one of: ${Object.keys(shapes).join(', ')}`)
  process.exit(2)
}
checkSync('Warm up.')
const value = shape.make()
;(globalThis as {gc?: () => void}).gc?.()
const heapBaselineKiB = process.memoryUsage().heapUsed / 1024
const before = process.resourceUsage().maxRSS
const start = performance.now()
let findings = 0
let error: string | undefined
try {
  findings = checkSync(new VFile({value}), {format: shape.format, maxFindings: shape.maxFindings}).messages.length
} catch (caught) {
  error = (caught as Error).message.split('\n')[0]
}
const milliseconds = performance.now() - start
console.log(JSON.stringify({bytes: value.length, milliseconds, findings, error, baselineKiB: before, maxRssKiB: process.resourceUsage().maxRSS, heapBaselineKiB}))
