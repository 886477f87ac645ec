/**
 * Size of the browser build: `stigma-aware/core` (English rules, no detector) bundled and
 * minified for the browser, and the chunks it loads on demand (each language, the detector).
 * `npm run size` prints the gzip sizes; test/bundle.test.ts holds the core to its budget.
 */
import {gzipSync} from 'node:zlib'
import {join} from 'node:path'
import {build} from 'esbuild'

/** The budget for the core bundle with English rules, in gzip bytes. */
export const coreBudget = 150 * 1024

/** Bundle the core entry; returns the gzip size of each output file by name. */
export async function measureBundle(): Promise<Map<string, number>> {
  const result = await build({
    entryPoints: {core: join(import.meta.dirname, '..', 'src/core.ts')},
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    splitting: true,
    write: false,
    outdir: 'out',
    logLevel: 'silent'
  })
  const sizes = new Map<string, number>()
  for (const file of result.outputFiles) {
    const name = file.path.split('/').at(-1)!.replace(/-[A-Z0-9]{8}\.js$/, '.js')
    sizes.set(name, gzipSync(file.contents, {level: 9}).length)
  }
  return sizes
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureBundle()
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
  console.log(`stigma-aware/core (English rules): ${kib(sizes.get('core.js')!)} gzip (budget ${kib(coreBudget)})`)
  for (const [name, size] of [...sizes].filter(([name]) => name !== 'core.js').sort()) console.log(`  on demand: ${name.padEnd(12)} ${kib(size)}`)
}
