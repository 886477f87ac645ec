/**
 * `npm run stress`: prose of 100 KB, 1 MB and 10 MB and adversarial shapes (one huge word, a
 * million lines, deep nesting, many elements, a big table), each in its own process.
 *
 * Each shape runs twice:
 * 1. With V8's default heap settings: time, time per MB, peak RSS above the process's baseline
 *    and its ratio to the input size. V8 collects garbage lazily while the heap has room, so
 *    this peak says as much about V8's heuristics as about what the check needs.
 * 2. With the old generation capped at the baseline heap plus 20 times the input
 *    (`--max-old-space-size`): whether the check completes within that bound, and its time and
 *    peak there. A check that needed more would end with V8's out-of-memory error.
 */
import {execFileSync} from 'node:child_process'
import {join} from 'node:path'
import {shapes} from './shapes.js'

const here = import.meta.dirname
const mebibyte = 1_048_576

interface Row {
  bytes: number
  milliseconds: number
  findings: number
  error?: string
  baselineKiB: number
  maxRssKiB: number
  heapBaselineKiB: number
}

function measure(name: string, flags: string[]): Row | string {
  try {
    const output = execFileSync(process.execPath, [...flags, '--expose-gc', '--import', 'tsx', join(here, 'stress-one.ts'), name], {encoding: 'utf8', timeout: 900_000, maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'pipe']})
    return JSON.parse(output.trim().split('\n').at(-1)!) as Row
  } catch (error) {
    const stderr = String((error as {stderr?: unknown}).stderr ?? '')
    if (/heap out of memory|heap limit/i.test(stderr)) return 'out of memory'
    return (error as Error).message.split('\n')[0]!
  }
}

const above = (row: Row) => (row.maxRssKiB - row.baselineKiB) / 1024
const perMb = new Map<string, number>()

console.log('shape                          size MB        ms    ms/MB  peak above   x input  findings  | heap cap MiB  within cap?   ms   peak above  x input')
console.log('                                                           base MiB                      |')
for (const name of Object.keys(shapes)) {
  const row = measure(name, [])
  if (typeof row === 'string') {
    console.log(`${name.padEnd(30)} FAILED: ${row}`)
    continue
  }
  const megabytes = row.bytes / 1_000_000
  const inputMiB = row.bytes / mebibyte
  perMb.set(name, row.milliseconds / megabytes)
  const cap = Math.ceil(row.heapBaselineKiB / 1024 + 20 * inputMiB)
  // Under half a megabyte, 20 times the input is less room than V8 needs to run any check.
  const capped = inputMiB >= 0.5 ? measure(name, [`--max-old-space-size=${cap}`]) : undefined
  const cappedText =
    capped === undefined
      ? '           (input too small to cap)'
      : typeof capped === 'string'
        ? `             no (${capped})`
        : `             yes  ${capped.milliseconds.toFixed(0).padStart(6)}  ${above(capped).toFixed(0).padStart(9)}  ${(above(capped) / inputMiB).toFixed(1).padStart(7)}`
  console.log(
    `${name.padEnd(30)} ${megabytes.toFixed(2).padStart(7)}  ${row.milliseconds.toFixed(0).padStart(8)}  ${(row.milliseconds / megabytes).toFixed(0).padStart(7)}  ${above(row).toFixed(0).padStart(10)}  ${(above(row) / inputMiB).toFixed(1).padStart(8)}  ${(row.error ? `ERROR ${row.error}` : String(row.findings)).padStart(8)}  | ${capped === undefined ? '           -' : String(cap).padStart(12)}${cappedText}`
  )
}
const ratio = (perMb.get('prose 10 MB') ?? Number.NaN) / (perMb.get('prose 100 KB') ?? Number.NaN)
console.log(`\ntime per MB at 10 MB / at 100 KB: ${ratio.toFixed(2)} (target <= 1.5)`)
console.log('peak above base: peak RSS above the RSS after loading and warming up; x input: that divided by the input size (the documents are ASCII).')
console.log('heap cap: the heap after warming up (input included) plus 20 times the input, as --max-old-space-size; inputs under 0.5 MB are not capped.')
