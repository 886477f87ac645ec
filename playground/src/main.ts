/**
 * The playground page: a textarea with a highlight layer behind it, a findings list, a pop-up
 * per finding, and the actions (replace, ignore here, apply all safe fixes, undo/redo, copy,
 * download). Plain TypeScript and the DOM; the checking is the library's `checkSync`.
 *
 * How the highlights sit on the words: a hidden "mirror" div holds the same text with the same
 * font, padding and wrapping as the textarea (it also gives the textarea its height, so neither
 * scrolls). A DOM Range over the mirror's text gives each finding's rectangles; the highlight
 * boxes are drawn there, in a layer behind the transparent textarea, so the text stays a plain,
 * editable textarea.
 */
import {
  applyFixes,
  checkSync,
  detectLanguage,
  limitRuleId,
  loadAllLanguages,
  loadLanguage,
  loadLanguageDetection,
  planFixes,
  shippedLanguages,
  shippedRuleSet,
  type Category,
  type Format,
  type Language,
  type SourceRef,
  type StigmaMessage
} from '../../src/core.js'
import {
  History,
  applyEdits,
  countWords,
  diffText,
  isIgnored,
  mapSpans,
  mapSpansThroughEdits,
  replacementEdit,
  spanOf,
  type Ignore,
  type Snapshot
} from './edits.js'
import {openFile} from './files.js'
import {categories, categoryOrder, cssVariables, severityLabels, severityLines, severityOf, type SeverityName} from './palette.js'
import './style.css'

// ---------------------------------------------------------------------------------------------
// Elements

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`missing #${id}`)
  return element as T
}

const draft = byId<HTMLTextAreaElement>('draft')
const editor = byId<HTMLDivElement>('editor')
const mirror = byId<HTMLDivElement>('mirror')
const layer = byId<HTMLDivElement>('layer')
const popup = byId<HTMLDivElement>('popup')
const languageSelect = byId<HTMLSelectElement>('language')
const formatSelect = byId<HTMLSelectElement>('format')
const fileInput = byId<HTMLInputElement>('file')
const groups = byId<HTMLDivElement>('groups')
const count = byId<HTMLSpanElement>('count')
const summary = byId<HTMLParagraphElement>('summary')
const timing = byId<HTMLParagraphElement>('timing')
const errorLine = byId<HTMLParagraphElement>('error')
const announcer = byId<HTMLParagraphElement>('announce')
const descriptions = byId<HTMLDivElement>('descriptions')
const fixAllButton = byId<HTMLButtonElement>('fix-all')
const undoButton = byId<HTMLButtonElement>('undo')
const redoButton = byId<HTMLButtonElement>('redo')
const restoreButton = byId<HTMLButtonElement>('restore')
const dropHint = byId<HTMLDivElement>('drop-hint')

for (const [name, value] of Object.entries(cssVariables())) document.documentElement.style.setProperty(name, value)

// The mirror: the draft's text, then a space so that a final empty line still has a height.
const mirrorText = document.createTextNode('')
mirror.append(mirrorText, document.createTextNode(' '))

// ---------------------------------------------------------------------------------------------
// State

const languageNames: Record<Language, string> = {en: 'English', da: 'Dansk', de: 'Deutsch', fr: 'Français', nl: 'Nederlands', sv: 'Svenska'}
const checkDelay = 150

/** One finding on the page. */
interface Finding {
  message: StigmaMessage
  ruleId: string
  start: number
  end: number
  actual: string
  severity: SeverityName
  category: Category
  alternatives: string[]
  sources: SourceRef[]
  line: number
  /** How many earlier findings overlap this one (their underlines and badges are stacked). */
  depth: number
}

let format: Format = 'text'
let language: Language | 'auto' = 'auto'
/** The text as the page last saw it (to find what each input event changed). */
let text = ''
/** The text of the last check; the findings' offsets refer to it until a change maps them. */
let checked: string | undefined
let messages: StigmaMessage[] = []
let findings: Finding[] = []
let ignored: Ignore[] = []
let timer: ReturnType<typeof setTimeout> | undefined
let announced = ''
let opened: {base: string; extension: string; fromDocx: boolean} | undefined
let languagesReady = false
const history = new History()
const ruleSources = new Map<string, SourceRef[]>()

// ---------------------------------------------------------------------------------------------
// Checking

/** Check the draft now (cancelling a pending check). */
function checkNow(): void {
  if (timer !== undefined) clearTimeout(timer)
  timer = undefined
  const value = draft.value
  text = value
  let file
  const started = performance.now()
  try {
    file = checkSync(value, {format, language, fallbackLanguage: 'en'})
  } catch (error) {
    showError(`The check failed: ${error instanceof Error ? error.message : String(error)}`)
    return
  }
  const elapsed = performance.now() - started
  showError(undefined)
  checked = value
  editor.dataset.state = 'checked'
  // The check stops at maxFindings (10,000) and says so in one extra message: shown in the timing line, not as a finding.
  const all = file.messages as StigmaMessage[]
  const stopped = all.find((message) => message.ruleId === limitRuleId)
  messages = all.filter((message) => message.ruleId !== limitRuleId && spanOf(message) !== undefined)
  rebuildFindings()
  const words = countWords(value)
  timing.dataset.ms = elapsed.toFixed(1)
  timing.dataset.words = String(words)
  const detected = file.data.language as Language | undefined
  timing.dataset.language = detected ?? ''
  // With `auto`, a text too short to tell its language is read in the fallback language: say so.
  const guessed = language === 'auto' && languagesReady && detected === 'en' && value.length < 400 && countWords(value) > 0 && detectLanguage(value, shippedLanguages) === undefined
  const languageNote = detected ? ` · ${languageNames[detected]}${guessed ? ' (too short to detect the language; pick one above)' : ''}` : ''
  timing.textContent = `Checked ${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'} in ${elapsed < 10 ? elapsed.toFixed(1) : Math.round(elapsed)} ms${languageNote}${languagesReady ? '' : ' (loading the other languages…)'}.${stopped ? ` ${stopped.reason}.` : ''}`
  const used = (file.data.languages ?? []).filter((code): code is Language => code in languageNames)
  const names = (used.length > 1 ? used : detected ? [detected] : []).map((code) => languageNames[code])
  languageSelect.options[0]!.textContent = names.length > 0 ? `auto (${names.join(' + ')})` : 'auto'
  render()
}

/** Check after the person stops typing for a moment. */
function scheduleCheck(): void {
  if (timer !== undefined) clearTimeout(timer)
  timer = setTimeout(checkNow, checkDelay)
}

/** Make sure the findings belong to the current text before acting on them. */
function flush(): void {
  if (timer !== undefined || checked !== draft.value) checkNow()
}

function sourcesOf(message: StigmaMessage): SourceRef[] {
  const key = `${message.language}/${message.ruleId}`
  let sources = ruleSources.get(key)
  if (!sources) {
    let source: SourceRef | SourceRef[] | undefined
    try {
      source = shippedRuleSet(message.language as Language).rules.find((rule) => rule.id === message.ruleId)?.source
    } catch {
      source = undefined
    }
    sources = source === undefined ? [] : Array.isArray(source) ? source : [source]
    ruleSources.set(key, sources)
  }
  return sources
}

/** The findings on the page: the messages that are not ignored, in text order. */
function rebuildFindings(): void {
  const list: Finding[] = []
  for (const message of messages) {
    const span = spanOf(message)!
    if (isIgnored(ignored, message.ruleId ?? '', span)) continue
    list.push({
      message,
      ruleId: message.ruleId ?? '',
      start: span.start,
      end: span.end,
      actual: message.actual ?? '',
      severity: severityOf(message.fatal),
      category: message.category as Category,
      alternatives: message.expected ?? [],
      sources: sourcesOf(message),
      line: message.line ?? 1,
      depth: 0
    })
  }
  list.sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId))
  for (const [index, finding] of list.entries()) {
    for (let before = 0; before < index; before++) if (list[before]!.end > finding.start) finding.depth++
  }
  findings = list
}

// ---------------------------------------------------------------------------------------------
// Rendering

function render(): void {
  const active = document.activeElement
  const focusedIndex = active instanceof HTMLElement && active.classList.contains('hl') ? Number(active.dataset.index) : undefined
  renderHighlights()
  renderList()
  renderButtons()
  renderSummary()
  if (popupIndex !== undefined) {
    const finding = findings[popupIndex]
    if (!finding || finding !== popupFinding) closePopup(false)
    else positionPopup()
  }
  if (focusedIndex !== undefined && findings.length > 0 && !(document.activeElement instanceof HTMLElement && document.activeElement.classList.contains('hl'))) {
    highlightElement(Math.min(focusedIndex, findings.length - 1))?.focus({preventScroll: true})
  }
}

function severityClass(severity: SeverityName): string {
  return `sev-${severity}`
}

function findingLabel(finding: Finding): string {
  return `${severityLabels[finding.severity]}, ${categories[finding.category].label}: “${finding.actual}”`
}

/** Draw the highlight boxes of every finding (after a check, a change or a resize). */
function renderHighlights(): void {
  mirrorText.data = draft.value
  layer.replaceChildren()
  descriptions.replaceChildren()
  for (const [index, finding] of findings.entries()) {
    const element = document.createElement('span')
    element.className = `hl ${severityClass(finding.severity)}`
    element.id = `finding-${index}`
    element.dataset.index = String(index)
    element.dataset.category = finding.category
    element.dataset.severity = finding.severity
    element.dataset.ruleId = finding.ruleId
    element.dataset.start = String(finding.start)
    element.dataset.end = String(finding.end)
    element.tabIndex = 0
    element.setAttribute('role', 'button')
    element.setAttribute('aria-haspopup', 'dialog')
    element.setAttribute('aria-expanded', 'false')
    element.setAttribute('aria-label', findingLabel(finding))
    const description = document.createElement('span')
    description.id = `finding-${index}-description`
    description.textContent = finding.message.reason
    descriptions.append(description)
    element.setAttribute('aria-describedby', description.id)
    layer.append(element)
  }
  layoutHighlights()
}

/**
 * Position the highlight boxes over the words (the mirror has the textarea's layout). Boxes are
 * reused, so that a relayout (resize, zoom) does not replace the elements under the pointer.
 */
function layoutHighlights(): void {
  const origin = layer.getBoundingClientRect()
  const range = document.createRange()
  const length = mirrorText.data.length
  for (const element of layer.children as HTMLCollectionOf<HTMLElement>) {
    const finding = findings[Number(element.dataset.index)]
    let rects: DOMRect[] = []
    if (finding && finding.end <= length) {
      range.setStart(mirrorText, finding.start)
      range.setEnd(mirrorText, finding.end)
      rects = [...range.getClientRects()].filter((rect) => rect.width > 0.5)
    }
    element.hidden = rects.length === 0
    const boxes = [...element.querySelectorAll<HTMLElement>('.box')]
    for (const extra of boxes.splice(rects.length)) extra.remove()
    if (!finding || rects.length === 0) continue
    const first = rects[0]!
    const left = first.left - origin.left
    const top = first.top - origin.top
    element.style.left = `${left}px`
    element.style.top = `${top}px`
    element.style.width = `${first.width}px`
    element.style.height = `${first.height}px`
    const inset = finding.depth * 4
    let badge = element.querySelector<HTMLElement>('.badge')
    rects.forEach((rect, position) => {
      let box = boxes[position]
      if (!box) {
        box = document.createElement('span')
        box.className = 'box'
        box.dataset.index = element.dataset.index
        element.insertBefore(box, badge)
      }
      box.style.left = `${rect.left - origin.left - left}px`
      box.style.top = `${rect.top - origin.top - top}px`
      box.style.width = `${rect.width}px`
      box.style.height = `${rect.height + inset}px`
    })
    if (!badge) {
      badge = document.createElement('span')
      badge.className = 'badge'
      badge.setAttribute('aria-hidden', 'true')
      badge.textContent = categories[finding.category].letter
      badge.style.left = `${finding.depth * 1.1}rem`
      element.append(badge)
    }
  }
}

function highlightElement(index: number): HTMLElement | undefined {
  return document.getElementById(`finding-${index}`) ?? undefined
}

function renderList(): void {
  groups.replaceChildren()
  count.textContent = String(findings.length)
  if (findings.length === 0) {
    const empty = document.createElement('p')
    empty.className = 'empty'
    empty.textContent = draft.value.trim() === '' ? 'Paste or type a draft to check it.' : 'Nothing to flag in this draft.'
    groups.append(empty)
  }
  for (const category of categoryOrder) {
    const members = findings.map((finding, index) => ({finding, index})).filter(({finding}) => finding.category === category)
    if (members.length === 0) continue
    const section = document.createElement('section')
    section.className = 'group'
    section.dataset.category = category
    const heading = document.createElement('h3')
    heading.id = `group-${category}`
    const badge = document.createElement('span')
    badge.className = 'badge neutral'
    badge.setAttribute('aria-hidden', 'true')
    badge.textContent = categories[category].letter
    const name = document.createElement('span')
    name.textContent = categories[category].label
    const number = document.createElement('span')
    number.className = 'group-count'
    number.textContent = `(${members.length})`
    heading.append(badge, name, ' ', number)
    const list = document.createElement('ul')
    list.setAttribute('aria-labelledby', heading.id)
    for (const {finding, index} of members) {
      const item = document.createElement('li')
      const button = document.createElement('button')
      button.type = 'button'
      button.className = `item ${severityClass(finding.severity)}`
      button.dataset.index = String(index)
      const severity = document.createElement('span')
      severity.className = 'item-severity'
      severity.textContent = severityLabels[finding.severity]
      const quote = document.createElement('span')
      quote.className = 'item-text'
      quote.textContent = `“${finding.actual}”`
      const where = document.createElement('span')
      where.className = 'item-line'
      where.textContent = `line ${finding.line}`
      button.append(severity, quote, where)
      button.addEventListener('click', () => focusFinding(index))
      item.append(button)
      list.append(item)
    }
    section.append(heading, list)
    groups.append(section)
  }
  const hidden = ignored.length
  restoreButton.hidden = hidden === 0
  restoreButton.textContent = `Show ${hidden} ignored ${hidden === 1 ? 'finding' : 'findings'} again`
}

function countBy(severity: SeverityName): number {
  return findings.filter((finding) => finding.severity === severity).length
}

function renderSummary(): void {
  const parts = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, countBy(severity)] as const)
    .filter(([, number]) => number > 0)
    .map(([severity, number]) => `${number} ${severity === 'info' ? 'advice' : number === 1 ? severity : `${severity}s`}`)
  const total = findings.length
  const sentence = total === 0 ? 'No findings.' : `${total} ${total === 1 ? 'finding' : 'findings'}: ${parts.join(', ')}.`
  summary.textContent = sentence
  if (sentence !== announced) {
    announced = sentence
    announce(sentence)
  }
}

function safeMessages(): StigmaMessage[] {
  return findings.filter((finding) => finding.message.fixable).map((finding) => finding.message)
}

function renderButtons(): void {
  const safe = checked === draft.value ? planFixes(draft.value, safeMessages()).length : 0
  fixAllButton.disabled = safe === 0
  fixAllButton.textContent = safe > 0 ? `Apply all safe fixes (${safe})` : 'Apply all safe fixes'
  undoButton.disabled = history.undoLabel === undefined
  redoButton.disabled = history.redoLabel === undefined
  undoButton.title = history.undoLabel ? `Undo ${history.undoLabel} (Ctrl+Z)` : 'Nothing to undo'
  redoButton.title = history.redoLabel ? `Redo ${history.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'
}

function announce(sentence: string): void {
  // Clearing first makes screen readers repeat a sentence that did not change.
  announcer.textContent = ''
  requestAnimationFrame(() => {
    announcer.textContent = sentence
  })
}

function showError(sentence: string | undefined): void {
  errorLine.hidden = sentence === undefined
  errorLine.textContent = sentence ?? ''
}

function renderLegend(): void {
  const legend = byId<HTMLDivElement>('legend')
  const list = document.createElement('dl')
  for (const category of categoryOrder) {
    const term = document.createElement('dt')
    const badge = document.createElement('span')
    badge.className = 'badge neutral'
    badge.setAttribute('aria-hidden', 'true')
    badge.textContent = categories[category].letter
    term.append(badge, categories[category].label)
    const definition = document.createElement('dd')
    definition.textContent = categories[category].hint
    list.append(term, definition)
  }
  const lines = document.createElement('ul')
  lines.className = 'line-legend'
  for (const severity of ['error', 'warning', 'info'] as const) {
    const item = document.createElement('li')
    const sample = document.createElement('span')
    sample.className = `line-sample ${severityClass(severity)}`
    sample.textContent = 'word'
    item.append(sample, ` ${severityLabels[severity]}: ${severityLines[severity]} underline`)
    lines.append(item)
  }
  legend.append(list, lines)
}

// ---------------------------------------------------------------------------------------------
// The pop-up

let popupIndex: number | undefined
let popupFinding: Finding | undefined
let popupByHover = false
let hideTimer: ReturnType<typeof setTimeout> | undefined

function focusables(): HTMLElement[] {
  return [...popup.querySelectorAll<HTMLElement>('button:not([disabled]), a[href]')]
}

function openPopup(index: number, options: {hover: boolean}): void {
  const finding = findings[index]
  if (!finding) return
  cancelHide()
  if (popupIndex === index && !popup.hidden) {
    if (!options.hover) popupByHover = false
    return
  }
  if (popupIndex !== undefined) highlightElement(popupIndex)?.setAttribute('aria-expanded', 'false')
  for (const element of layer.querySelectorAll('.hl.active')) element.classList.remove('active')
  popupIndex = index
  popupFinding = finding
  popupByHover = options.hover
  fillPopup(finding, index)
  popup.hidden = false
  const element = highlightElement(index)
  element?.setAttribute('aria-expanded', 'true')
  element?.classList.add('active')
  positionPopup()
}

function fillPopup(finding: Finding, index: number): void {
  popup.replaceChildren()
  popup.className = `popup ${severityClass(finding.severity)}`
  popup.dataset.index = String(index)
  const header = document.createElement('div')
  header.className = 'popup-header'
  const badge = document.createElement('span')
  badge.className = 'badge'
  badge.setAttribute('aria-hidden', 'true')
  badge.textContent = categories[finding.category].letter
  const title = document.createElement('p')
  title.id = 'popup-title'
  title.className = 'popup-title'
  title.textContent = `${categories[finding.category].label} · ${severityLabels[finding.severity]}`
  const close = document.createElement('button')
  close.type = 'button'
  close.className = 'close'
  close.setAttribute('aria-label', 'Close')
  close.textContent = '×'
  close.addEventListener('click', () => closePopup(true))
  header.append(badge, title, close)

  const reason = document.createElement('p')
  reason.className = 'reason'
  reason.textContent = finding.message.reason
  const note = document.createElement('p')
  note.className = 'note'
  note.textContent = finding.message.note ?? ''
  popup.append(header, reason, note)

  if (finding.message.context) {
    const context = document.createElement('p')
    context.className = 'context'
    context.textContent =
      finding.message.context === 'quote'
        ? 'This is inside a quotation, so it is shown as advice only.'
        : 'This is reported speech, so it is shown as advice only.'
    popup.append(context)
  }

  const actions = document.createElement('div')
  actions.className = 'actions'
  actions.setAttribute('role', 'group')
  actions.setAttribute('aria-label', 'Actions')
  const source = draft.value
  let crossesMarkup = false
  for (const alternative of finding.alternatives) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'replace'
    button.textContent = `Replace with “${alternative}”`
    const edit = checked === source ? replacementEdit(source, finding.message, alternative) : undefined
    if (!edit) {
      button.disabled = true
      crossesMarkup = true
    }
    button.addEventListener('click', (event) => replaceFinding(finding, alternative, event.detail === 0))
    actions.append(button)
  }
  const ignore = document.createElement('button')
  ignore.type = 'button'
  ignore.className = 'ignore'
  ignore.textContent = 'Ignore here'
  ignore.addEventListener('click', (event) => ignoreFinding(finding, event.detail === 0))
  actions.append(ignore)
  popup.append(actions)
  if (finding.alternatives.length === 0) {
    const advice = document.createElement('p')
    advice.className = 'hint'
    advice.textContent = 'No drop-in replacement: rephrase the sentence.'
    popup.append(advice)
  } else if (crossesMarkup) {
    const advice = document.createElement('p')
    advice.className = 'hint'
    advice.textContent = 'These words cross formatting, so replace them by hand.'
    popup.append(advice)
  }

  const sources = document.createElement('p')
  sources.className = 'sources'
  sources.append(finding.sources.length === 1 ? 'Source: ' : 'Sources: ')
  finding.sources.forEach((reference, position) => {
    if (position > 0) sources.append('; ')
    sources.append(externalLink(reference.url, reference.title))
  })
  if (finding.sources.length > 0) popup.append(sources)
  if (finding.message.url) {
    const more = document.createElement('p')
    more.className = 'sources'
    more.append(externalLink(finding.message.url, `About the rule “${finding.ruleId}”`))
    popup.append(more)
  }
}

function externalLink(url: string, label: string): HTMLAnchorElement {
  const link = document.createElement('a')
  link.href = url
  link.target = '_blank'
  link.rel = 'noopener noreferrer'
  link.textContent = label
  const hint = document.createElement('span')
  hint.className = 'visually-hidden'
  hint.textContent = ' (opens in a new tab)'
  link.append(hint)
  return link
}

/**
 * Place the pop-up under the finding, or above it when it fits only there; when it fits on
 * neither side it takes the roomier one and scrolls inside. Always within the viewport's width.
 */
function positionPopup(): void {
  if (popupIndex === undefined || popup.hidden) return
  const element = highlightElement(popupIndex)
  const boxes = element ? [...element.querySelectorAll('.box')] : []
  if (boxes.length === 0) return
  const first = boxes[0]!.getBoundingClientRect()
  const last = boxes.at(-1)!.getBoundingClientRect()
  const viewport = document.documentElement.clientWidth
  const margin = 8
  popup.style.left = '0px'
  popup.style.top = '0px'
  popup.style.maxHeight = ''
  const width = popup.offsetWidth
  const height = popup.offsetHeight
  const left = Math.max(margin, Math.min(last.left, viewport - width - margin))
  const roomBelow = window.innerHeight - last.bottom - 6 - margin
  const roomAbove = first.top - 14 - margin
  let top: number
  if (height <= roomBelow || roomBelow >= roomAbove) {
    top = last.bottom + 6
    if (height > roomBelow) popup.style.maxHeight = `${Math.max(roomBelow, 160)}px`
  } else {
    const shown = Math.min(height, roomAbove)
    if (height > roomAbove) popup.style.maxHeight = `${roomAbove}px`
    top = first.top - 14 - shown
  }
  popup.style.left = `${left + window.scrollX}px`
  popup.style.top = `${top + window.scrollY}px`
}

function closePopup(returnFocus: boolean): void {
  cancelHide()
  if (popupIndex === undefined) return
  const index = popupIndex
  const element = highlightElement(index)
  element?.setAttribute('aria-expanded', 'false')
  element?.classList.remove('active')
  const hadFocus = popup.contains(document.activeElement)
  popup.hidden = true
  popupIndex = undefined
  popupFinding = undefined
  if (returnFocus && hadFocus) element?.focus()
}

function scheduleHide(delay: number): void {
  cancelHide()
  hideTimer = setTimeout(() => {
    const active = document.activeElement
    if (popup.contains(active) || popup.matches(':hover')) return
    if (active instanceof HTMLElement && active.classList.contains('hl') && Number(active.dataset.index) === popupIndex) return
    closePopup(false)
  }, delay)
}

function cancelHide(): void {
  if (hideTimer !== undefined) clearTimeout(hideTimer)
  hideTimer = undefined
}

popup.addEventListener('mouseenter', cancelHide)
popup.addEventListener('mouseleave', () => {
  if (popupByHover) scheduleHide(300)
})
popup.addEventListener('focusout', (event) => {
  const next = event.relatedTarget
  if (next instanceof Node && (popup.contains(next) || (next instanceof HTMLElement && next.classList.contains('hl')))) return
  scheduleHide(100)
})
popup.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault()
    closePopup(true)
    return
  }
  if (event.key !== 'Tab' || popupIndex === undefined) return
  // The pop-up sits in the tab order right after its highlight.
  const items = focusables()
  const index = popupIndex
  if (!event.shiftKey && document.activeElement === items.at(-1)) {
    event.preventDefault()
    const next = highlightElement(index + 1)
    if (next) next.focus()
    else {
      closePopup(false)
      ;(groups.querySelector<HTMLElement>('button') ?? draft).focus()
    }
  } else if (event.shiftKey && document.activeElement === items[0]) {
    event.preventDefault()
    highlightElement(index)?.focus()
  }
})

// Highlights: focus shows the pop-up; Enter, Space or Down moves into it.
layer.addEventListener('focusin', (event) => {
  const target = event.target
  if (target instanceof HTMLElement && target.classList.contains('hl')) openPopup(Number(target.dataset.index), {hover: false})
})
layer.addEventListener('focusout', (event) => {
  const next = event.relatedTarget
  if (next instanceof Node && popup.contains(next)) return
  scheduleHide(100)
})
layer.addEventListener('keydown', (event) => {
  const target = event.target
  if (!(target instanceof HTMLElement) || !target.classList.contains('hl')) return
  const index = Number(target.dataset.index)
  if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') {
    event.preventDefault()
    openPopup(index, {hover: false})
    focusables().find((element) => element.tagName === 'BUTTON' && !element.classList.contains('close'))?.focus()
  } else if (event.key === 'Escape') {
    event.preventDefault()
    closePopup(false)
  }
})

/** The finding under a point of the textarea (the highlight layer lies behind it). */
function findingAt(x: number, y: number): number | undefined {
  for (const element of document.elementsFromPoint(x, y)) {
    if (element instanceof HTMLElement && element.classList.contains('box')) return Number(element.dataset.index)
  }
  return undefined
}

let lastPointer = {x: -1, y: -1}
draft.addEventListener('mousemove', (event) => {
  if (event.clientX === lastPointer.x && event.clientY === lastPointer.y) return
  lastPointer = {x: event.clientX, y: event.clientY}
  const index = findingAt(event.clientX, event.clientY)
  if (index !== undefined) {
    if (popupIndex !== index && !popup.contains(document.activeElement)) openPopup(index, {hover: true})
    else cancelHide()
  } else if (popupIndex !== undefined && popupByHover) scheduleHide(300)
})
draft.addEventListener('mouseleave', () => {
  if (popupByHover) scheduleHide(300)
})
// A tap or click on a marked word shows its pop-up too (touch screens have no hover).
draft.addEventListener('click', (event) => {
  const index = findingAt(event.clientX, event.clientY)
  if (index !== undefined) openPopup(index, {hover: true})
})

/** Scroll to a finding and focus its highlight (from the list). */
function focusFinding(index: number): void {
  const element = highlightElement(index)
  if (!element) return
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  element.scrollIntoView({block: 'center', behavior: reduce ? 'auto' : 'smooth'})
  element.focus({preventScroll: true})
}

// ---------------------------------------------------------------------------------------------
// Editing and actions

function snapshot(): Snapshot {
  return {text: draft.value, ignored: [...ignored], caret: draft.selectionStart, format}
}

/** Put a new text in the draft (not typing: an action, undo or a file) and check it now. */
function setText(value: string, caret?: number): void {
  draft.value = value
  text = value
  if (caret !== undefined) draft.setSelectionRange(caret, caret)
  checkNow()
}

/** After an action from the keyboard, continue with the next finding (or the draft). */
function continueAfter(index: number): void {
  if (findings.length === 0) {
    draft.focus()
    return
  }
  highlightElement(Math.min(index, findings.length - 1))?.focus()
}

function replaceFinding(finding: Finding, alternative: string, fromKeyboard: boolean): void {
  flush()
  const index = findings.findIndex((other) => other.ruleId === finding.ruleId && other.start === finding.start && other.end === finding.end)
  const current = findings[index]
  if (!current) return
  const edit = replacementEdit(draft.value, current.message, alternative)
  if (!edit) return
  history.action(snapshot(), `replace “${current.actual}”`)
  ignored = mapSpansThroughEdits(ignored, [edit])
  closePopup(false)
  setText(applyEdits(draft.value, [edit]), edit.start + edit.text.length)
  announce(`Replaced “${current.actual}” with “${edit.text}”. ${summary.textContent ?? ''}`)
  if (fromKeyboard) continueAfter(index)
}

function ignoreFinding(finding: Finding, fromKeyboard: boolean): void {
  flush()
  const index = findings.findIndex((other) => other.ruleId === finding.ruleId && other.start === finding.start && other.end === finding.end)
  if (index < 0) return
  history.action(snapshot(), `ignore “${finding.actual}”`)
  ignored = [...ignored, {ruleId: finding.ruleId, start: finding.start, end: finding.end}]
  closePopup(false)
  rebuildFindings()
  render()
  announce(`Ignored “${finding.actual}” here. ${summary.textContent ?? ''}`)
  if (fromKeyboard) continueAfter(index)
}

function applyAllSafeFixes(): void {
  flush()
  const safe = safeMessages()
  const edits = planFixes(draft.value, safe)
  if (edits.length === 0) return
  history.action(snapshot(), `apply ${edits.length} safe ${edits.length === 1 ? 'fix' : 'fixes'}`)
  ignored = mapSpansThroughEdits(ignored, edits)
  closePopup(false)
  setText(applyFixes(draft.value, safe))
  announce(`Applied ${edits.length} safe ${edits.length === 1 ? 'fix' : 'fixes'}. ${summary.textContent ?? ''}`)
}

function restore(step: Snapshot | undefined, verb: string): void {
  if (!step) return
  closePopup(false)
  ignored = [...step.ignored]
  if (step.format && step.format !== format) {
    format = step.format as Format
    formatSelect.value = format
  }
  const change = diffText(draft.value, step.text)
  setText(step.text, step.caret ?? (change ? change.from + change.inserted : undefined))
  announce(`${verb}. ${summary.textContent ?? ''}`)
}

function undo(): void {
  flush()
  const label = history.undoLabel
  restore(history.undo(snapshot()), `Undid ${label ?? ''}`)
}

function redo(): void {
  flush()
  const label = history.redoLabel
  restore(history.redo(snapshot()), `Redid ${label ?? ''}`)
}

draft.addEventListener('beforeinput', (event) => {
  if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
    event.preventDefault()
    if (event.inputType === 'historyUndo') undo()
    else redo()
    return
  }
  history.typing(snapshot(), performance.now())
})

draft.addEventListener('input', () => {
  const value = draft.value
  const change = diffText(text, value)
  text = value
  // Keep the marks on their words until the next check: shift those after the change, drop the touched ones.
  if (change) {
    findings = mapSpans(findings, change)
    ignored = mapSpans(ignored, change)
    checked = undefined
  }
  if (popupIndex !== undefined) closePopup(false)
  editor.dataset.state = 'pending'
  renderHighlights()
  renderButtons()
  scheduleCheck()
})

document.addEventListener('keydown', (event) => {
  const key = event.key.toLowerCase()
  if ((event.ctrlKey || event.metaKey) && !event.altKey && (key === 'z' || key === 'y')) {
    event.preventDefault()
    if (key === 'y' || event.shiftKey) redo()
    else undo()
  } else if (event.key === 'Escape' && popupIndex !== undefined) {
    closePopup(true)
  }
})

fixAllButton.addEventListener('click', applyAllSafeFixes)
undoButton.addEventListener('click', undo)
redoButton.addEventListener('click', redo)
restoreButton.addEventListener('click', () => {
  history.action(snapshot(), 'show ignored findings')
  ignored = []
  rebuildFindings()
  render()
  draft.focus()
})

languageSelect.addEventListener('change', async () => {
  const value = languageSelect.value as Language | 'auto'
  language = value
  editor.dataset.state = 'pending'
  if (value !== 'auto') {
    try {
      await loadLanguage(value)
    } catch (error) {
      showError(`Could not load ${languageNames[value]}: ${error instanceof Error ? error.message : String(error)}`)
      return
    }
  }
  if (language === value) checkNow()
})

formatSelect.addEventListener('change', () => {
  format = formatSelect.value as Format
  checkNow()
})

// ---------------------------------------------------------------------------------------------
// Files in and out

async function loadFile(file: File): Promise<void> {
  editor.dataset.state = 'pending'
  try {
    const result = await openFile(file)
    history.action(snapshot(), `open “${file.name}”`)
    opened = {base: result.base, extension: result.extension, fromDocx: result.fromDocx}
    format = result.format
    formatSelect.value = format
    ignored = []
    setText(result.text, 0)
    draft.focus({preventScroll: true})
    announce(`Opened ${file.name}${result.fromDocx ? ' (its text; the revised text is saved as .txt)' : ''}. ${summary.textContent ?? ''}`)
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error))
    editor.dataset.state = 'checked'
  }
}

byId<HTMLButtonElement>('open').addEventListener('click', () => fileInput.click())
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file) void loadFile(file).finally(() => (fileInput.value = ''))
})

let dragDepth = 0
editor.addEventListener('dragenter', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return
  dragDepth++
  dropHint.hidden = false
})
editor.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1)
  if (dragDepth === 0) dropHint.hidden = true
})
editor.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return
  event.preventDefault()
  event.dataTransfer.dropEffect = 'copy'
})
editor.addEventListener('drop', (event) => {
  dragDepth = 0
  dropHint.hidden = true
  const file = event.dataTransfer?.files[0]
  if (!file) return
  event.preventDefault()
  void loadFile(file)
})

const extensions: Record<Format, string> = {text: 'txt', markdown: 'md', html: 'html'}
const types: Record<string, string> = {txt: 'text/plain', md: 'text/markdown', markdown: 'text/markdown', html: 'text/html', htm: 'text/html'}

/** The name the revised text is saved under: the opened file's name (a .docx as .txt), else draft.<format>. */
function downloadName(): string {
  const extension = opened?.extension ?? extensions[format]
  return `${opened?.base ?? 'draft'}-revised.${extension}`
}

byId<HTMLButtonElement>('download').addEventListener('click', () => {
  const name = downloadName()
  const extension = name.split('.').at(-1) ?? 'txt'
  const blob = new Blob([draft.value], {type: `${types[extension] ?? 'text/plain'};charset=utf-8`})
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  announce(`Downloaded ${name}.`)
})

byId<HTMLButtonElement>('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(draft.value)
  } catch {
    draft.select()
    document.execCommand('copy')
  }
  announce('Copied the text.')
})

const example = `Police found three illegal immigrants in a van on the ring road.

A tide of asylum seekers is heading our way, the councillor said.

The suspect, a Roma woman, was caught pickpocketing on the tram.

Residents who suffer from schizophrenia can get help at the new centre.
`

byId<HTMLButtonElement>('example').addEventListener('click', () => {
  history.action(snapshot(), 'load the example')
  opened = undefined
  format = 'text'
  formatSelect.value = 'text'
  language = 'auto'
  languageSelect.value = 'auto'
  ignored = []
  setText(example, 0)
  draft.focus()
})

// ---------------------------------------------------------------------------------------------
// Layout follows the page (resizing, zooming, fonts).

let layoutFrame = 0
new ResizeObserver(() => {
  cancelAnimationFrame(layoutFrame)
  layoutFrame = requestAnimationFrame(() => {
    layoutHighlights()
    positionPopup()
  })
}).observe(mirror)
window.addEventListener('resize', () => positionPopup())

// ---------------------------------------------------------------------------------------------
// Start: English is built in; the other languages and the detector are fetched once, from this
// page's own folder, so the page keeps working offline afterwards.

/**
 * Each language's rules are compiled on their first use (about 0.1 to 0.3 s): do that while the
 * page is idle, one language at a time, so that the first check in a language is as quick as the rest.
 */
function warmUp(pending: Language[]): void {
  const next = pending.shift()
  if (!next) return
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50))
  idle(() => {
    try {
      checkSync('A short sentence to compile the rules.', {language: next, format: 'text'})
    } catch {
      // A language that fails here fails visibly when it is picked.
    }
    warmUp(pending)
  })
}

renderLegend()
checkNow()
Promise.all([loadAllLanguages(), loadLanguageDetection()])
  .then(() => {
    languagesReady = true
    checkNow()
    document.body.dataset.ready = 'true'
    warmUp([...shippedLanguages])
  })
  .catch((error: unknown) => {
    showError(`Could not load the other languages: ${error instanceof Error ? error.message : String(error)}`)
    document.body.dataset.ready = 'error'
  })
