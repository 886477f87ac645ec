/**
 * `npm run stress`: prose of 100 KB, 1 MB and 10 MB and adversarial shapes (one huge word, a
 * million lines, deep nesting, many elements, a big table), each in its own process: time, time
 * per MB, peak memory and its ratio to the input size, and whether the check completed.
 */
import {execFileSync} from 'node:child_process'
import {join} from 'node:path'
import {shapes} from './shapes.js'

const here = import.meta.dirname
interface Row {
  bytes: number
  milliseconds: number
  findings: number
  error?: string
  baselineKiB: number
  maxRssKiB: number
}

const rows = new Map<string, Row>()
console.log('shape                        size MB   ms        ms/MB    peak MiB  (above baseline)  x input  findings')
for (const name of Object.keys(shapes)) {
  let row: Row
  try {
    const output = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'stress-one.ts'), name], {encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 20})
    row = JSON.parse(output.trim().split('\n').at(-1)!) as Row
  } catch (error) {
    console.log(`${name.padEnd(28)} FAILED: ${(error as Error).message.split('\n')[0]}`)
    continue
  }
  rows.set(name, row)
  const megabytes = row.bytes / 1_000_000
  const above = (row.maxRssKiB - row.baselineKiB) / 1024
  console.log(
    `${name.padEnd(28)} ${megabytes.toFixed(2).padStart(7)}  ${row.milliseconds.toFixed(0).padStart(8)}  ${(row.milliseconds / megabytes).toFixed(0).padStart(7)}  ${(row.maxRssKiB / 1024).toFixed(0).padStart(8)}  ${above.toFixed(0).padStart(16)}  ${(above / (row.bytes / 1048576)).toFixed(1).padStart(7)}  ${row.error ? `ERROR ${row.error}` : row.findings}`
  )
}
const perMb = (name: string) => {
  const row = rows.get(name)
  return row ? row.milliseconds / (row.bytes / 1_000_000) : Number.NaN
}
console.log(`\ntime per MB at 10 MB / at 100 KB: ${(perMb('prose 10 MB') / perMb('prose 100 KB')).toFixed(2)} (target <= 1.5)`)
console.log('x input: peak memory above the process baseline divided by the input size (one byte a character: the documents are ASCII).')
