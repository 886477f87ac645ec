/** Offsets -> line/column points in the original document, by binary search over line starts. */
import type {Point} from 'unist'

/** Line starts of a document, computed once per check. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(value: string) {
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      if (code === 10 /* \n */) this.starts.push(index + 1)
      else if (code === 13 /* \r */ && value.charCodeAt(index + 1) !== 10) this.starts.push(index + 1)
    }
  }

  /** The 1-based line and column of an offset. */
  point(offset: number): Point {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - this.starts[low]! + 1, offset}
  }
}
