/**
 * Where JSON.parse failed, as a line. V8 gives a position for some errors ("… at position 11"),
 * only a snippet of the text around the error for others ("Unexpected token ']', "…[1,]…" is not
 * valid JSON"), and nothing when the text ends early.
 */

/** The problem (without position or snippet) and the 1-based line of a JSON.parse error. */
export function jsonErrorAt(text: string, error: unknown): {problem: string; line: number} {
  const message = (error as Error).message
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length
  const problem = message
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
  const position = /at position (\d+)/.exec(message)?.[1]
  if (position !== undefined) return {problem, line: lineAt(Number(position))}
  const snippet = /, (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message)
  if (snippet) {
    // The snippet is cut to about ten characters either side of the error, marked with "...".
    const leading = snippet[1] !== undefined
    const body = snippet[2]!
    const at = text.indexOf(body)
    const token = /^Unexpected token '(.)'/.exec(message)?.[1]
    if (at !== -1) return {problem, line: lineAt(leading ? at + 10 : at + Math.max(0, token === undefined ? 0 : body.indexOf(token)))}
  }
  // The text ended before the value did.
  return {problem, line: lineAt(text.length)}
}
