/**
 * A small runner until the CLI lands: `npm run check -- <file ...>` checks each file with the
 * library and prints the findings with their alternatives and notes. Exit code 1 when any
 * finding is an error, 2 when a file cannot be read.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {checkSync} from '../src/index.js'

const paths = process.argv.slice(2)
if (paths.length === 0) {
  console.error('usage: npm run check -- <file.md|file.html|file.txt ...>')
  process.exit(2)
}

const files: VFile[] = []
for (const path of paths) {
  let value: string
  try {
    value = readFileSync(path, 'utf8')
  } catch (error) {
    console.error(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    process.exit(2)
  }
  files.push(checkSync(new VFile({path, value})))
}
// Verbose: each finding's note (the why) is printed under it.
console.log(reporter(files, {verbose: true}))
process.exit(files.some((file) => file.messages.some((message) => message.fatal === true)) ? 1 : 0)
