/**
 * Where JSON.parse failed, as a line. V8 gives a position for some errors ("… at position 11"),
 * only a snippet of the text around the error for others ("Unexpected token ']', "…[1,]…" is not
 * valid JSON"), and nothing when the text ends early.
 */

/** The problem (without position or snippet) and the 1-based line of a JSON.parse error. */
export function jsonErrorAt(text: string, error: unknown): {problem: string; line: number} {
  const message = (error as Error).message
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length
  const positionAt = message.indexOf(' in JSON at position ')
  if (positionAt !== -1) {
    const digits = /^\d+/.exec(message.slice(positionAt + ' in JSON at position '.length))?.[0]
    return {problem: message.slice(0, positionAt), line: lineAt(digits === undefined ? text.length : Number(digits))}
  }
  // "Unexpected token 'X', "<snippet>" is not valid JSON", the snippet possibly marked "..." at either end.
  const token = "Unexpected token '"
  const tail = ' is not valid JSON'
  if (message.startsWith(token) && message.endsWith(tail) && message.length > token.length + 3) {
    const problem = message.slice(0, token.length + 2)
    let snippet = message.slice(token.length + 4, -tail.length)
    const leading = snippet.startsWith('...')
    if (leading) snippet = snippet.slice(3)
    if (snippet.endsWith('...')) snippet = snippet.slice(0, -3)
    snippet = snippet.slice(1, -1)
    const at = text.indexOf(snippet)
    // The snippet shows about ten characters either side of the error.
    if (at !== -1) return {problem, line: lineAt(leading ? at + 10 : at + Math.max(0, snippet.indexOf(message[token.length]!)))}
    return {problem, line: lineAt(text.length)}
  }
  // The text ended before the value did ("Unexpected end of JSON input").
  return {problem: message, line: lineAt(text.length)}
}
