/**
 * The engine's language features on small rule sets written here (so they do not depend on the
 * shipped rules): generated inflection, compounds, French elision, quotation marks and negation
 * per language, language detection and its use in check().
 */
import {describe, expect, it} from 'vitest'
import {checkSync, checkWithRuleSet, detectLanguage, shippedLanguages} from '../src/index.js'
import {morphologyFor} from '../src/text/morphology.js'
import type {RuleSet, RuleSetRule} from '../src/types.js'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {messagesOf, root} from './helpers.js'

const source = {title: 'test', url: 'https://example.org'}
const examples = {flag: ['x'], pass: ['y']}

function rule(id: string, fields: Partial<RuleSetRule>): RuleSetRule {
  return {topic: 'test', id, category: 'term', severity: 'warning', alternatives: [], note: 'A note for the test rule.', source, examples, ...fields}
}

function ruleSet(language: string, lexicons: RuleSet['lexicons'], rules: RuleSetRule[]): RuleSet {
  return {language, lexicons, rules}
}

function found(value: string, set: RuleSet, format: 'text' | 'markdown' | 'html' = 'text') {
  return messagesOf(checkWithRuleSet(value, {format}, set)).map((message) => ({
    id: message.ruleId,
    actual: message.actual,
    start: message.place && 'start' in message.place ? message.place.start.offset : undefined,
    context: message.context,
    expected: message.expected
  }))
}

const reserved = (negation: string[], mention: string[], attribution: string[]): RuleSet['lexicons'] => ({
  negation: {words: negation},
  mention: {words: mention},
  attribution: {words: attribution}
})

const german = ruleSet(
  'de',
  {
    ...reserved(['nicht', 'kein', 'keine'], ['Wort', 'Begriff'], ['sagte', 'laut']),
    gruppe: {inflect: true, words: ['Migrant', 'Flüchtling', 'Asylbewerber', 'Ausländer', 'Geflüchtete']},
    wasser: {inflect: true, words: ['Welle', 'Flut', 'Strom', 'Schwemme']},
    alle: {words: ['alle']}
  },
  [
    rule('asylant', {terms: [{one: 'Asylant', many: 'Asylanten'}], compound: 'any', except: ['Asylantrag'], alternatives: [{one: 'Asylsuchender', many: 'Asylsuchende'}], safe: true}),
    rule('wasser', {category: 'metaphor', patterns: ['{gruppe}+{wasser}', '{wasser} [von|aus] {gruppe}']}),
    rule('illegal', {terms: ['illegaler Migrant']}),
    rule('alle', {category: 'generalisation', patterns: ['{alle} {gruppe} sind kriminell']})
  ]
)

describe('generated inflection', () => {
  const forms = (language: string, phrase: string) => morphologyFor(language).forms(phrase).map((form) => form.text)
  it.each([
    ['de', 'Flüchtling', ['Flüchtlinge', 'Flüchtlingen']],
    ['de', 'Asylant', ['Asylanten', 'Asylantin', 'Asylantinnen']],
    ['da', 'indvandrer', ['indvandrere', 'indvandreren', 'indvandrerne']],
    ['da', 'bølge', ['bølgen', 'bølger', 'bølgerne']],
    ['da', 'ghetto', ['ghettoer', 'ghettoen', 'ghettoerne']],
    ['sv', 'invandrare', ['invandraren', 'invandrarna']],
    ['sv', 'flykting', ['flyktingar', 'flyktingarna', 'flyktingen']],
    ['sv', 'ström', ['strömmen', 'strömmar']],
    ['nl', 'allochtoon', ['allochtonen', 'allochtone']],
    ['nl', 'illegaal', ['illegalen', 'illegale']],
    ['nl', 'golf', ['golven']],
    ['fr', 'clandestin', ['clandestine', 'clandestins', 'clandestines']],
    ['fr', 'national', ['nationaux', 'nationale']],
    ['fr', 'européen', ['européenne', 'européens']]
  ])('%s %s -> %j', (language, word, expected) => {
    expect(forms(language, word)).toEqual(expect.arrayContaining(expected))
  })

  it('does not reach into other words', () => {
    expect(forms('de', 'Roma')).not.toContain('Roman')
    expect(forms('nl', 'Roma')).not.toContain('Roman')
  })

  it('inflects every word of a phrase, so adjectives agree', () => {
    expect(forms('de', 'illegaler Migrant')).toEqual(expect.arrayContaining(['illegale Migranten', 'illegalen Migranten']))
    expect(forms('fr', 'immigré clandestin')).toContain('immigrés clandestins')
  })

  it('matches inflected forms in text', () => {
    expect(found('Drei illegale Migranten wurden gefunden.', german).map((finding) => finding.actual)).toEqual(['illegale Migranten'])
    expect(found('Die Asylanten kamen gestern.', german)[0]).toMatchObject({actual: 'Asylanten', expected: ['Asylsuchende']})
  })
})

describe('compounds', () => {
  it.each([
    ['Die Flüchtlingswelle erreicht die Stadt.', 'Flüchtlingswelle'],
    ['Eine Migrantenflut droht.', 'Migrantenflut'],
    ['Die Asylbewerberschwemme ist vorbei.', 'Asylbewerberschwemme'],
    ['Die Geflüchtetenwelle ist erfunden.', 'Geflüchtetenwelle'],
    ['Die Migranten-Flut ist erfunden.', 'Migranten-Flut'],
    ['Die Flüchtlingsströme nehmen ab.', 'Flüchtlingsströme']
  ])('%s flags %s', (text, actual) => {
    expect(found(text, german)).toEqual([expect.objectContaining({id: 'wasser', actual})])
  })

  it.each(['Die Hitzewelle dauert an.', 'Das Stromnetz fällt aus.', 'Das Flutlicht brennt.', 'Die Welle rollt.', 'Der Migrant kam mit dem Strom.'])('%s passes', (text) => {
    expect(found(text, german)).toEqual([])
  })

  it('matches a term as a part of a compound (compound: any), except listed words', () => {
    expect(found('Im Asylantenheim wohnen 40 Menschen.', german)).toEqual([expect.objectContaining({id: 'asylant', actual: 'Asylantenheim'})])
    expect(found('Ein Scheinasylant wurde abgeschoben.', german)).toEqual([expect.objectContaining({id: 'asylant', actual: 'Scheinasylant'})])
    expect(found('Der Asylantrag wurde abgelehnt.', german)).toEqual([])
    expect(found('Die Asylanträge wurden abgelehnt.', german)).toEqual([])
  })

  it('takes the replacement a rule gives for a particular form (German case)', () => {
    const cased = ruleSet('de', reserved(['nicht'], ['Wort'], ['sagte']), [
      rule('asylant', {
        terms: [{one: 'Asylant', many: 'Asylanten'}, 'den Asylanten', 'dem Asylanten'],
        alternatives: [{one: 'Asylsuchender', many: 'Asylsuchende', forms: {'den Asylanten': 'den Asylsuchenden', 'dem Asylanten': 'dem Asylsuchenden'}}],
        safe: true
      })
    ])
    expect(found('Wir haben dem Asylanten geholfen.', cased).map((finding) => finding.expected)).toEqual([['dem Asylsuchenden']])
    expect(found('Die Asylanten kamen.', cased).map((finding) => finding.expected)).toEqual([['Asylsuchende']])
  })

  it('never fixes a compound automatically', () => {
    const messages = messagesOf(checkWithRuleSet('Im Asylantenheim wohnen 40 Menschen. Die Asylanten kamen.', {format: 'text'}, german))
    expect(messages.map((message) => [message.actual, message.fixable])).toEqual([
      ['Asylantenheim', false],
      ['Asylanten', true]
    ])
  })

  it('works in Danish, Swedish and Dutch compounds with their endings', () => {
    const make = (language: string, group: string[], heads: string[]) =>
      ruleSet(language, {...reserved(['ikke'], ['ordet'], ['sagde']), group: {inflect: true, words: group}, head: {inflect: true, words: heads}}, [
        rule('water', {category: 'metaphor', patterns: ['{group}+{head}']})
      ])
    const danish = make('da', ['flygtning', 'indvandrer', 'migrant'], ['bølge', 'strøm'])
    expect(found('Flygtningestrømmen fortsætter.', danish).map((finding) => finding.actual)).toEqual(['Flygtningestrømmen'])
    expect(found('Indvandrerbølgen er et myte.', danish).map((finding) => finding.actual)).toEqual(['Indvandrerbølgen'])
    expect(found('Bølgebryderen er repareret, og strømafbrydelsen er slut. Hedebølgen varer ved.', danish)).toEqual([])
    const swedish = make('sv', ['flykting', 'invandrare', 'migrant'], ['våg', 'ström'])
    expect(found('Invandrarvågen är en myt.', swedish).map((finding) => finding.actual)).toEqual(['Invandrarvågen'])
    expect(found('Flyktingströmmarna minskar.', swedish).map((finding) => finding.actual)).toEqual(['Flyktingströmmarna'])
    expect(found('Vågbrytaren är lagad. Strömavbrottet är över. Värmeböljan fortsätter.', swedish)).toEqual([])
    const dutch = make('nl', ['vluchteling', 'migrant', 'asielzoeker'], ['stroom', 'golf'])
    expect(found('De vluchtelingenstroom neemt af.', dutch).map((finding) => finding.actual)).toEqual(['vluchtelingenstroom'])
    expect(found('De migrantenstromen nemen af.', dutch).map((finding) => finding.actual)).toEqual(['migrantenstromen'])
    expect(found('De golfbreker is hersteld na de stroomstoring en de hittegolf.', dutch)).toEqual([])
  })
})

describe('German gender forms, punctuation in word lists, hyphenated negation', () => {
  const set = ruleSet('de', {...reserved(['nicht', 'kein'], ['Wort'], ['sagte']), gruppe: {inflect: true, words: ['Migrant', 'Flüchtling']}}, [
    rule('alle', {category: 'generalisation', patterns: ['alle {gruppe} sind kriminell']}),
    rule('ende', {category: 'label', patterns: ['sind {gruppe} [.|!]']}),
    rule('liste', {category: 'label', patterns: ['die {gruppe} [kamen|,]']})
  ])
  it.each(['Alle Migrant*innen sind kriminell.', 'Alle Migrant:innen sind kriminell.', 'Alle Migrant_innen sind kriminell.', 'Alle MigrantInnen sind kriminell.', 'Alle Migrant·innen sind kriminell.'])('reads %s as one word', (text) => {
    const findings = found(text, set)
    expect(findings.map((finding) => finding.id)).toEqual(['alle'])
    expect(text.slice(findings[0]!.start)).toMatch(/^Alle Migrant.?[iI]nnen sind kriminell/)
  })
  it('lets a pattern end on the sentence mark, with and without the pre-scan', () => {
    expect(found('Das sind Flüchtlinge.', set).map((finding) => finding.id)).toEqual(['ende'])
    expect(found('Das sind Flüchtlinge und Kinder.', set)).toEqual([])
  })
  it('matches punctuation listed among words', () => {
    expect(found('Dann die Flüchtlinge, dann die Kinder.', set).map((finding) => finding.id)).toEqual(['liste'])
    expect(found('Die Flüchtlinge kamen.', set).map((finding) => finding.id)).toEqual(['liste'])
  })
  it('does not read the first half of a hyphenated word as a negation', () => {
    const danish = ruleSet('da', {...reserved(['ikke'], ['ordet'], ['sagde']), gruppe: {inflect: true, words: ['indvandrer']}}, [
      rule('kriminelle', {category: 'generalisation', patterns: ['{gruppe} er kriminelle']})
    ])
    expect(found('Ikke-vestlige indvandrere er kriminelle.', danish).map((finding) => finding.id)).toEqual(['kriminelle'])
    expect(found('Ikke alle indvandrere er kriminelle.', danish)).toEqual([])
  })
  it('reads a later clause ", sagte X" as attribution', () => {
    const water = ruleSet('de', {...reserved(['nicht'], ['Wort'], ['sagte', 'laut']), gruppe: {inflect: true, words: ['Flüchtling']}, wasser: {inflect: true, words: ['Welle']}}, [
      rule('wasser', {category: 'metaphor', patterns: ['{gruppe}+{wasser}']})
    ])
    expect(found('Die Flüchtlingswelle sei vorbei, sagte der Bürgermeister.', water)).toEqual([expect.objectContaining({context: 'attribution'})])
    expect(found('Die Flüchtlingswelle ist vorbei, und wir atmen auf.', water)).toEqual([expect.objectContaining({context: undefined})])
  })
})

describe('contexts', () => {
  const set = ruleSet('sv', {...reserved(['inte'], ['ord', 'begrepp'], ['sade']), grupp: {inflect: true, words: ['muslim']}}, [
    rule('neger', {category: 'slur', terms: ['neger'], inflect: false}),
    rule('ta-avstand', {category: 'collective-blame', patterns: ['{grupp} måste ta avstånd'], unless: {after: ['?']}}),
    rule('blatte', {category: 'slur', terms: [{one: 'blatte', many: 'blattar'}], compound: 'first', alternatives: [{one: 'person', many: 'personer'}]})
  ])
  it('reads a mention cue shortly after the match', () => {
    expect(found('Neger är ett ord som inte hör hemma i våra texter.', set)).toEqual([])
    expect(found('Han kallade honom neger på gården.', set).map((finding) => finding.id)).toEqual(['neger'])
  })
  it('lets an unless.before context end right before the match however its optional parts match', () => {
    const quantified = ruleSet('da', {...reserved(['aldrig'], ['ordet'], ['sagde']), kvantor: {words: ['alle', 'mange']}, gruppe: {inflect: true, words: ['indvandrer']}}, [
      rule('gider', {category: 'generalisation', negatable: false, patterns: ['{kvantor}? {gruppe} gider ikke arbejde'], unless: {before: ['ikke {kvantor}?']}})
    ])
    expect(found('Ikke alle indvandrere gider ikke arbejde.', quantified)).toEqual([])
    expect(found('Indvandrere gider ikke arbejde.', quantified).map((finding) => finding.id)).toEqual(['gider'])
  })

  it('accepts punctuation alone as an unless context', () => {
    expect(found('Muslimer måste ta avstånd?', set)).toEqual([])
    expect(found('Muslimer måste ta avstånd.', set).map((finding) => finding.id)).toEqual(['ta-avstand'])
  })
  it('prefers the whole word to its compound reading, keeping the number', () => {
    expect(found('Blattarna stod vid kiosken.', set).map((finding) => finding.expected)).toEqual([['Personer']])
  })
})

describe('French elision and negation', () => {
  const french = ruleSet(
    'fr',
    {...reserved(['ne', 'n', 'pas', 'jamais'], ['mot', 'terme'], ['selon']), groupe: {inflect: true, words: ['immigré', 'réfugié', 'migrant']}},
    [
      rule('clandestin', {terms: ['immigré clandestin', 'clandestin'], alternatives: [{one: 'personne sans papiers', many: 'personnes sans papiers'}], safe: true}),
      rule('delinquants', {category: 'generalisation', patterns: ['[les|tous les] {groupe} sont [des]? délinquants']})
    ]
  )
  it('reads elided articles as their own word, with exact positions', () => {
    const text = "L'immigré clandestin a été arrêté devant l’hôtel."
    const findings = found(text, french)
    expect(findings).toEqual([expect.objectContaining({id: 'clandestin', actual: 'immigré clandestin', start: 2})])
    expect(text.slice(2, 2 + 'immigré clandestin'.length)).toBe('immigré clandestin')
  })
  it('agrees in gender and number', () => {
    expect(found('Les clandestines ont été relogées.', french).map((finding) => finding.expected)).toEqual([['personnes sans papiers']])
  })
  it('treats ne ... pas around the verb as negation', () => {
    expect(found('Les immigrés sont des délinquants.', french).map((finding) => finding.id)).toEqual(['delinquants'])
    expect(found('Les immigrés ne sont pas des délinquants.', french)).toEqual([])
    expect(found("Les immigrés n'ont jamais volé.", french)).toEqual([])
    // The negation's reach ends at the clause.
    expect(found("Les réfugiés n'ont rien fait ; les immigrés sont des délinquants.", french).map((finding) => finding.id)).toEqual(['delinquants'])
  })
  it('downgrades text in « guillemets »', () => {
    expect(found('Il parle de « clandestins » dans son tract.', french)).toEqual([expect.objectContaining({context: 'quote'})])
  })
})

describe('quotation marks and negation per language', () => {
  it.each([
    ['de', 'Er schrieb von „Asylanten“ im Flugblatt.'],
    ['de', 'Er schrieb von »Asylanten« im Flugblatt.'],
    ['da', 'Han skrev om »asylanter« i løbesedlen.'],
    ['sv', 'Han skrev om ”asylanter” i flygbladet.'],
    ['nl', 'Hij schreef over „asylanten” in de folder.']
  ])('%s: %s is a quote', (language, text) => {
    const set = ruleSet(language, reserved(['nicht'], ['Wort'], ['sagte']), [rule('asylant', {terms: ['Asylant']})])
    expect(found(text, set)).toEqual([expect.objectContaining({context: 'quote'})])
  })

  it.each([
    ['de', 'Nicht alle Migranten sind kriminell.', 'nicht'],
    ['da', 'Ikke alle migranter er kriminelle.', 'ikke'],
    ['sv', 'Inte alla migranter är kriminella.', 'inte'],
    ['nl', 'Niet alle migranten zijn crimineel.', 'niet']
  ])('%s: %s is negated', (language, text, negation) => {
    const [all, claim] = {de: ['alle', 'sind kriminell'], da: ['alle', 'er kriminelle'], sv: ['alla', 'är kriminella'], nl: ['alle', 'zijn crimineel']}[language]!
    const set = ruleSet(language, {...reserved([negation], ['word'], ['said']), group: {inflect: true, words: ['Migrant']}}, [
      rule('all', {category: 'generalisation', patterns: [`${all} {group} ${claim}`]})
    ])
    expect(found(text.replace(/^\S+ /, ''), set).map((finding) => finding.id)).toEqual(['all'])
    expect(found(text, set)).toEqual([])
  })
})

describe('language detection', () => {
  const samples: Array<[string, string]> = [
    ['en', 'The council opens a new library in the town centre next spring, with longer opening hours.'],
    ['da', 'Kommunen åbner et nyt bibliotek i bymidten til foråret, med længere åbningstider for alle borgere.'],
    ['de', 'Die Stadt eröffnet im Frühjahr eine neue Bibliothek in der Innenstadt mit längeren Öffnungszeiten.'],
    ['fr', 'La ville ouvre une nouvelle bibliothèque au centre-ville au printemps, avec des horaires élargis.'],
    ['nl', 'De gemeente opent in het voorjaar een nieuwe bibliotheek in het centrum, met ruimere openingstijden.'],
    ['sv', 'Kommunen öppnar ett nytt bibliotek i centrum i vår, med längre öppettider för alla invånare.']
  ]
  it.each(samples)('detects %s', (language, text) => {
    expect(detectLanguage(text, ['en', 'da', 'de', 'fr', 'nl', 'sv'])).toBe(language)
  })
  it.each(['da', 'de', 'fr', 'nl', 'sv'])('detects a long %s text made of its corpus sentences', (language) => {
    const sentences = readFileSync(join(root, 'fixtures/corpus', `${language}.tsv`), 'utf8')
      .split('\n')
      .slice(1, 60)
      .map((line) => line.split('\t')[2] ?? '')
    expect(detectLanguage(sentences.join(' '), ['en', 'da', 'de', 'fr', 'nl', 'sv'])).toBe(language)
  })

  it('does not guess on short or repetitive texts', () => {
    // Found by the fuzz run: a short English text the detector scores as German by a hair.
    expect(detectLanguage('an undocumented migrant said ᬅཀ a schizophrenic. an illegal immigrant said ᬅཀ', ['en', 'da', 'de', 'fr', 'nl', 'sv'])).toBeUndefined()
    expect(detectLanguage('bins out on Monday\n'.repeat(200), ['en', 'da', 'de', 'fr', 'nl', 'sv'])).toBeUndefined()
    expect(detectLanguage('Hej med dig.', ['en', 'da', 'de', 'fr', 'nl', 'sv'])).toBeUndefined()
  })

  const other = shippedLanguages.find((language) => language !== 'en')
  it.runIf(other !== undefined)('check() names the detected language and falls back for short texts', () => {
    const text = samples.find(([language]) => language === other)![1]
    expect(checkSync(text, {format: 'text'}).data.language).toBe(other)
    expect(checkSync('Short.', {format: 'text'}).data.language).toBe('en')
    expect(checkSync('Short.', {format: 'text', fallbackLanguage: other as 'de'}).data.language).toBe(other)
  })

  it.runIf(other !== undefined)('respects HTML lang attributes and front matter', () => {
    const text = samples.find(([language]) => language === other)![1]
    expect(checkSync(`<html lang="${other}"><p>Hi.</p></html>`, {format: 'html'}).data.language).toBe(other)
    expect(checkSync(`---\nlang: ${other}\n---\n\nHi.\n`, {format: 'markdown'}).data.language).toBe(other)
    const mixed = checkSync(`<html lang="en"><p>${samples[0]![1]}</p><p lang="${other}">${text}</p></html>`, {format: 'html'})
    expect(mixed.data.language).toBe('en')
    expect(mixed.data.languages).toEqual(['en', other].sort())
    // A paragraph marked as another language does not make the unmarked ones that language.
    const english = 'Police found three illegal immigrants in a van on the ring road late on Tuesday night.'
    const long = readFileSync(join(root, 'fixtures/corpus', `${other}.tsv`), 'utf8').split('\n').slice(1, 30).map((line) => line.split('\t')[2] ?? '').join(' ')
    const marked = checkSync(`<p lang="${other}">${long}</p><p>${english}</p>`, {format: 'html'})
    const englishFinding = messagesOf(marked).find((message) => message.actual === 'illegal immigrants')
    expect(englishFinding?.language).toBe('en')
  })
})
