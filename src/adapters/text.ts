/** Plain text: paragraphs are runs of lines separated by blank lines. */
import type {NlcstCollector} from './to-nlcst.js'

const blankLine = /\r?\n[ \t]*(?:\r?\n|\r)|\r[ \t]*\r/g

/** Feed the paragraphs of a plain-text document to the collector. */
export function textToBlocks(value: string, collector: NlcstCollector): void {
  let from = 0
  blankLine.lastIndex = 0
  let found: RegExpExecArray | null
  while ((found = blankLine.exec(value)) !== null) {
    collector.addRange(from, found.index)
    from = found.index + found[0].length
  }
  collector.addRange(from, value.length)
}
