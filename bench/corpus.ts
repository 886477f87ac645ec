/**
 * Deterministic generator of realistic municipal Markdown (headings, lists, links, emphasis),
 * with a few stigmatising sentences among many neutral ones, for the benchmark. Other languages
 * draw their sentences from their corpus (fixtures/corpus/<lang>.tsv): pass rows as the neutral
 * prose, flag rows as the findings.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
const neutral = [
  'The city council met on Tuesday to discuss the new housing plan for the northern districts.',
  'Residents can apply for the renovation grant until the end of March.',
  'The library on Market Street extends its opening hours during the exam period.',
  'Asylum seekers can get free legal advice at the community centre every Thursday.',
  'The mosque hosts a Ramadan iftar for neighbours and invites everyone to join.',
  'Roma families took part in the survey on access to schools and health care.',
  'A heat wave is expected this weekend, so the city opens three cooling rooms.',
  'Illegal dumping in the park will be fined from next month.',
  'The youth service runs football training for girls aged 10 to 16 on Saturdays.',
  'Refugees who arrived this year can register for language classes online.',
  'The new cycle lane connects the station with the hospital and the university.',
  'A swarm of bees settled in the rose garden and was moved by a local beekeeper.',
  'Our social workers support people living with schizophrenia and their families.',
  'The mayor thanked the volunteers who organised the neighbourhood festival.',
  'Bins are collected one day later in the week after the public holiday.',
  'The council publishes the results of the consultation on its website.',
  'Parents can book a place at the holiday club from the first of May.',
  'The interfaith dialogue group meets at the synagogue on the second Monday of each month.',
  'The statistics office counts residents born abroad and their children separately.',
  'Flood defences along the river will be strengthened before the winter.'
]
const flagged = [
  'Police found three illegal immigrants in the back of a lorry.',
  'A tide of asylum seekers is heading our way, the article claimed without evidence.',
  'Refugees are criminals, one comment on the page read.',
  'The Somali community has to take responsibility for the riots.',
  'Gypsies camped on the green behind the school.',
  'The perpetrator, an Afghan, fled on foot.',
  'These people don\'t want to integrate.',
  'Muslim terrorism is a growing threat.'
]
const headings = ['News from the council', 'Housing', 'Youth and families', 'Health and care', 'Events this month', 'Integration and language']

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function sentencesOf(language: string): {neutral: string[]; flagged: string[]; headings: string[]} {
  if (language === 'en') return {neutral, flagged, headings}
  const rows = readFileSync(join(import.meta.dirname, '..', 'fixtures/corpus', `${language}.tsv`), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((row) => row.length === 3)
  const pass = rows.filter((row) => row[0] === 'pass').map((row) => row[2]!)
  return {
    neutral: pass,
    flagged: rows.filter((row) => row[0] === 'flag').map((row) => row[2]!),
    headings: pass.slice(0, 6).map((sentence) => sentence.split(' ').slice(0, 3).join(' '))
  }
}

/** A Markdown document of about `size` bytes (UTF-16 code units), in English or another corpus language. */
export function makeDocument(size: number, seed = 42, language = 'en'): string {
  const {neutral, flagged, headings} = sentencesOf(language)
  const next = random(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!
  const parts: string[] = []
  let length = 0
  let paragraph = 0
  while (length < size) {
    let block: string
    if (paragraph % 8 === 0) block = `## ${pick(headings)}`
    else if (paragraph % 8 === 5) {
      block = [1, 2, 3].map(() => `- ${pick(neutral)}`).join('\n')
    } else {
      const sentences: string[] = []
      for (let index = 0; index < 4; index++) {
        // About one sentence in 40 is stigmatising.
        sentences.push(next() < 0.025 ? pick(flagged) : pick(neutral))
      }
      if (next() < 0.3) sentences.push('More on [our website](https://example.org/news) and in *the newsletter*.')
      block = sentences.join(' ')
    }
    parts.push(block)
    length += block.length + 2
    paragraph++
  }
  return parts.join('\n\n') + '\n'
}

/** Words in a document (white-space separated), for words/s. */
export function countWords(value: string): number {
  return value.split(/\s+/).filter(Boolean).length
}
