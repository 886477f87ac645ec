/**
 * Reasons (the one-sentence message) per category, per language of the rule set. A rule can
 * override its reason with `message`. Languages without their own strings use English.
 */
import type {Category} from '../types.js'
import type {CompiledRule} from '../rules/compile.js'

type Strings = Record<Category, string> & {instead: string; or: string; limit: string}

const en: Strings = {
  term: '“{actual}” is discouraged wording',
  generalisation: '“{actual}” generalises about a whole group',
  conflation: '“{actual}” ties a faith or origin to violence',
  metaphor: '“{actual}” describes people with a dehumanising metaphor',
  othering: '“{actual}” sets a group apart as “them”',
  'collective-blame': '“{actual}” holds a whole group responsible for what individuals did',
  label: '“{actual}” reduces a person to a diagnosis or a label',
  slur: '“{actual}” is a slur',
  'irrelevant-attribute': '“{actual}” names origin or faith where it may not be relevant',
  instead: '; use {alternatives} instead',
  or: ' or ',
  limit: 'Stopped after {count} findings: the rest of the document was not checked (raise maxFindings or --max-findings to check it all)'
}

const da: Strings = {
  term: '“{actual}” er en formulering, der frarådes',
  generalisation: '“{actual}” generaliserer om en hel gruppe',
  conflation: '“{actual}” knytter en tro eller oprindelse til vold',
  metaphor: '“{actual}” beskriver mennesker med et nedværdigende billede',
  othering: '“{actual}” stiller en gruppe op som “dem”',
  'collective-blame': '“{actual}” gør en hel gruppe ansvarlig for enkeltpersoners handlinger',
  label: '“{actual}” gør et menneske til en diagnose eller en etiket',
  slur: '“{actual}” er et skældsord',
  'irrelevant-attribute': '“{actual}” nævner oprindelse eller tro, hvor det måske ikke er relevant',
  instead: '; skriv hellere {alternatives}',
  or: ' eller ',
  limit: 'Stoppede efter {count} fund: resten af dokumentet blev ikke kontrolleret (hæv maxFindings eller --max-findings for at kontrollere det hele)'
}

const de: Strings = {
  term: '„{actual}“ ist eine Formulierung, von der abgeraten wird',
  generalisation: '„{actual}“ verallgemeinert über eine ganze Gruppe',
  conflation: '„{actual}“ verknüpft einen Glauben oder eine Herkunft mit Gewalt',
  metaphor: '„{actual}“ beschreibt Menschen mit einem entmenschlichenden Bild',
  othering: '„{actual}“ grenzt eine Gruppe als „die anderen“ aus',
  'collective-blame': '„{actual}“ macht eine ganze Gruppe für die Taten Einzelner verantwortlich',
  label: '„{actual}“ reduziert einen Menschen auf eine Diagnose oder ein Etikett',
  slur: '„{actual}“ ist ein Schimpfwort',
  'irrelevant-attribute': '„{actual}“ nennt Herkunft oder Glauben, wo es womöglich nichts zur Sache tut',
  instead: '; besser: {alternatives}',
  or: ' oder ',
  limit: 'Nach {count} Funden abgebrochen: der Rest des Dokuments wurde nicht geprüft (maxFindings oder --max-findings erhöhen, um alles zu prüfen)'
}

const fr: Strings = {
  term: '« {actual} » est une formulation déconseillée',
  generalisation: '« {actual} » généralise à tout un groupe',
  conflation: '« {actual} » associe une religion ou une origine à la violence',
  metaphor: '« {actual} » décrit des personnes par une image déshumanisante',
  othering: '« {actual} » désigne un groupe comme « eux »',
  'collective-blame': '« {actual} » rend tout un groupe responsable des actes de quelques-uns',
  label: '« {actual} » réduit une personne à un diagnostic ou à une étiquette',
  slur: '« {actual} » est un terme injurieux',
  'irrelevant-attribute': '« {actual} » mentionne l’origine ou la religion là où ce n’est peut-être pas pertinent',
  instead: ' ; préférez {alternatives}',
  or: ' ou ',
  limit: 'Arrêt après {count} signalements : la suite du document n’a pas été vérifiée (augmentez maxFindings ou --max-findings pour tout vérifier)'
}

const nl: Strings = {
  term: '‘{actual}’ is een formulering die wordt afgeraden',
  generalisation: '‘{actual}’ generaliseert over een hele groep',
  conflation: '‘{actual}’ koppelt een geloof of afkomst aan geweld',
  metaphor: '‘{actual}’ beschrijft mensen met een ontmenselijkend beeld',
  othering: '‘{actual}’ zet een groep neer als ‘zij’',
  'collective-blame': '‘{actual}’ houdt een hele groep verantwoordelijk voor daden van enkelingen',
  label: '‘{actual}’ herleidt een mens tot een diagnose of een etiket',
  slur: '‘{actual}’ is een scheldwoord',
  'irrelevant-attribute': '‘{actual}’ noemt afkomst of geloof waar dat misschien niet relevant is',
  instead: '; gebruik liever {alternatives}',
  or: ' of ',
  limit: 'Gestopt na {count} meldingen: de rest van het document is niet gecontroleerd (verhoog maxFindings of --max-findings om alles te controleren)'
}

const sv: Strings = {
  term: '”{actual}” är en formulering som avråds',
  generalisation: '”{actual}” generaliserar om en hel grupp',
  conflation: '”{actual}” kopplar en tro eller ett ursprung till våld',
  metaphor: '”{actual}” beskriver människor med en avhumaniserande bild',
  othering: '”{actual}” ställer en grupp utanför som ”de andra”',
  'collective-blame': '”{actual}” gör en hel grupp ansvarig för enskildas handlingar',
  label: '”{actual}” reducerar en människa till en diagnos eller en etikett',
  slur: '”{actual}” är ett skällsord',
  'irrelevant-attribute': '”{actual}” nämner ursprung eller tro där det kanske inte är relevant',
  instead: '; skriv hellre {alternatives}',
  or: ' eller ',
  limit: 'Stoppade efter {count} fynd: resten av dokumentet kontrollerades inte (höj maxFindings eller --max-findings för att kontrollera allt)'
}

/** Quotation marks around each alternative, per language. */
const quotes: Record<string, [string, string]> = {en: ['“', '”'], da: ['“', '”'], de: ['„', '“'], fr: ['« ', ' »'], nl: ['‘', '’'], sv: ['”', '”']}

const strings: Record<string, Strings> = {en, da, de, fr, nl, sv}

/** The reason sentence of a finding. */
export function reasonFor(language: string, rule: CompiledRule, actual: string, expected: string[]): string {
  const table = strings[language] ?? en
  let reason = (rule.data.message ?? table[rule.category]).replaceAll('{actual}', actual)
  if (expected.length > 0 && rule.data.message === undefined) {
    const [open, close] = quotes[language] ?? quotes.en!
    const alternatives = expected.slice(0, 3).map((value) => `${open}${value}${close}`).join(table.or)
    reason += table.instead.replace('{alternatives}', alternatives)
  }
  return reason
}

/** The reason of the message that ends a check stopped at `maxFindings`. */
export function limitReason(language: string, count: number): string {
  return (strings[language] ?? en).limit.replace('{count}', String(count))
}
