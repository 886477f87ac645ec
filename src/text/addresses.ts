/**
 * Web addresses and e-mail addresses in running text. They are not prose: a slug such as
 * `/illegal-immigrants-report` or a mailbox such as `illegals@…` is a name the author cannot
 * reword, so the collector hides them from the rules. The scan is by hand, outward from `://`,
 * `www.` and `@`, each bounded, so that it stays linear on any input (a regular expression with
 * a repeated class before `@` would retry from every letter of a long word).
 */

/** Whether a text may hold an address at all (a quick test before the scan). */
export function mayHoldAddress(text: string): boolean {
  return text.includes('://') || text.includes('www.') || text.includes('@')
}

/** Characters that end an address: white space, angle brackets, quotes and the object replacement character. */
function endsAddress(code: number): boolean {
  return code <= 0x20 || code === 0x3c || code === 0x3e || code === 0x22 || code === 0x60 || code === 0xfffc || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000
}

function isSchemeCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e
}

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char)
}

/** Characters of an e-mail address's local part (before `@`). */
function isLocalCharacter(code: number): boolean {
  return isSchemeCharacter(code) || code === 0x5f || code === 0x25 || code > 0x7f
}

/** Punctuation that ends a sentence or clause after an address rather than belonging to it. */
const trailing = new Set(['.', ',', ';', ':', '!', '?', "'", '’', '”', '»', ']', '}', '*', '_'])

/** End of an address whose body starts at `from`: up to white space, without trailing punctuation. */
function addressEnd(text: string, from: number): number {
  let end = from
  while (end < text.length && !endsAddress(text.charCodeAt(end))) end++
  // A closing parenthesis belongs to the address only when the address opened one.
  let opened = 0
  for (let index = from; index < end; index++) {
    if (text[index] === '(') opened++
    else if (text[index] === ')') opened--
  }
  while (end > from && (trailing.has(text[end - 1]!) || (text[end - 1] === ')' && opened < 0))) {
    if (text[end - 1] === ')') opened++
    end--
  }
  return end
}

/** Spans [from, to) of web and e-mail addresses in `text`, in order and not overlapping. */
export function addressSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  if (!mayHoldAddress(text)) return spans
  let position = 0
  // The next occurrence of each marker, found again only once the scan has passed it: each
  // search then starts where the last one ended, and the whole scan stays linear.
  let nextScheme = -2
  let nextWww = -2
  let nextAt = -2
  while (position < text.length) {
    if (nextScheme !== -1 && nextScheme < position) nextScheme = text.indexOf('://', position)
    if (nextWww !== -1 && nextWww < position) nextWww = indexOfWww(text, position)
    if (nextAt !== -1 && nextAt < position) nextAt = text.indexOf('@', position)
    const candidates = [nextScheme, nextWww, nextAt].filter((index) => index >= 0)
    if (candidates.length === 0) break
    const at = Math.min(...candidates)
    let span: [number, number] | undefined
    if (text.startsWith('://', at)) {
      // The scheme: up to 32 letters, digits, + - . before `://`, starting with a letter.
      let start = at
      while (start > 0 && at - start < 32 && isSchemeCharacter(text.charCodeAt(start - 1))) start--
      while (start < at && !/[A-Za-z]/.test(text[start]!)) start++
      if (start < at) {
        const end = addressEnd(text, at + 3)
        if (end > at + 3) span = [start, end]
      }
    } else if (text.startsWith('www.', at)) {
      const end = addressEnd(text, at)
      if (end > at + 4) span = [at, end]
    } else {
      // An e-mail address: a local part of up to 64 characters, `@`, a domain with a dot.
      let start = at
      while (start > 0 && at - start < 64 && isLocalCharacter(text.charCodeAt(start - 1))) start--
      while (start < at && text[start] === '.') start++
      let end = at + 1
      while (end < text.length && end - at < 256 && (isLetterOrDigit(text[end]) || text[end] === '-' || text[end] === '.')) end++
      while (end > at + 1 && text[end - 1] === '.') end--
      const domain = text.slice(at + 1, end)
      if (start < at && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(domain) && /\.\p{L}{2,}$/u.test(domain)) {
        if (text.slice(Math.max(0, start - 7), start).toLowerCase() === 'mailto:') start -= 7
        span = [start, end]
      }
    }
    if (span) {
      // A web address right before this one ("https://a.org/x@y.org") already covers it.
      const last = spans.at(-1)
      if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1])
      else spans.push(span)
      position = Math.max(span[1], at + 1)
    } else {
      position = at + 1
    }
  }
  return spans
}

/** The next `www.` that starts a word, at or after `from`; -1 when none. */
function indexOfWww(text: string, from: number): number {
  for (let index = text.indexOf('www.', from); index !== -1; index = text.indexOf('www.', index + 1)) {
    if (!isLetterOrDigit(text[index - 1])) return index
  }
  return -1
}
