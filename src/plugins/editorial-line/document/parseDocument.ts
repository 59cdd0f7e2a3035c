import { fromMarkdown } from 'mdast-util-from-markdown'
import { readCopyRuleLine } from './copyRuleWords.js'
import { readRequirementLine } from './requirementWords.js'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { toString } from 'mdast-util-to-string'
import { gfmTable } from 'micromark-extension-gfm-table'
import { parseDocument as parseYaml } from 'yaml'

import type { MixGroupOption } from '../mix/groups.js'
import type {
  DocumentChannel,
  DocumentLine,
  DocumentMessage,
  DocumentPhase,
  DocumentProblem,
  DocumentTarget,
  DocumentTiming,
} from './documentLine.js'

import { PHASE_KEYS, type Format, type PhaseKey, type Weekday } from '../constants.js'
import type { FormatOption } from '../posts/formats.js'
import {
  fieldsFromProse,
  foldName,
  foldWords,
  formatSynonyms,
  FUTURE_MARK,
  monthNames,
  phasesFromProse,
  slugFromName,
  splitQuestions,
  timingFromPhrase,
  TO_DEFINE_MARK,
  typographic,
  weekdayNames,
  weekdayShortNames,
} from '../seed/documentReadings.js'
import { isMonth } from '../validators/month.js'
import { isTimeOfDay } from '../validators/timeOfDay.js'
import { isTimezone } from '../validators/timezone.js'
import { ROW } from './documentWords.js'

type Root = ReturnType<typeof fromMarkdown>
type Block = Root['children'][number]
type Table = Extract<Block, { type: 'table' }>
type Cell = Table['children'][number]['children'][number]
type Inline = Cell['children'][number]

/** Thrown inside the reader, turned into the 400's problem. */
class Unreadable extends Error {
  constructor(readonly problem: DocumentProblem) {
    super(problem.code)
  }
}

const where = (node: { position?: { start: { line: number; column: number } } } | undefined) => ({
  line: node?.position?.start.line ?? 1,
  column: node?.position?.start.column ?? 1,
})

const fail = (code: DocumentProblem['code'], node: Parameters<typeof where>[0], value?: string): never => {
  throw new Unreadable({ code, ...where(node), ...(value === undefined ? {} : { value }) })
}

/** "—" (or "-") in an exported document: the field is empty. */
const EMPTY_MARKS = new Set(['—', '-', '–'])
const isEmptyMark = (text: string) => EMPTY_MARKS.has(text.trim())

const isBreak = (node: Inline) => node.type === 'html' && foldWords(node.value).startsWith('<br')

/** A cell's lines: its text split at `<br>`s, each trimmed. */
const cellParts = (cell: Cell): string[] => {
  const parts: Inline[][] = [[]]
  for (const child of cell.children) {
    if (isBreak(child)) parts.push([])
    else parts.at(-1)!.push(child)
  }
  return parts.map((nodes) =>
    nodes
      .map((node) => toString(node))
      .join('')
      .trim(),
  )
}

const cellText = (cell: Cell) => cellParts(cell).join('\n').trim()

/** Text between one pair of surrounding quotes, "…" or « … ». */
const unquote = (text: string): string => {
  const trimmed = text.trim()
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"'))
    return trimmed.slice(1, -1).trim()
  if (trimmed.startsWith('«') && trimmed.endsWith('»')) return trimmed.slice(1, -1).trim()
  return trimmed
}

/** The label of a labelled line (`**État client** : …`) and the text after its colon. */
type LabelledLine = { label?: string; value: string; raw: string; node?: Inline }

/** A paragraph's lines (soft line breaks split them), each read as `**Label** : value` when it is one. */
const paragraphLines = (paragraph: Extract<Block, { type: 'paragraph' }>): LabelledLine[] => {
  const lines: Inline[][] = [[]]
  for (const child of paragraph.children) {
    if (child.type === 'text' && child.value.includes('\n')) {
      const pieces = child.value.split('\n')
      pieces.forEach((piece, index) => {
        if (index > 0) lines.push([])
        if (piece) lines.at(-1)!.push({ ...child, value: piece })
      })
    } else if (child.type === 'break') lines.push([])
    else lines.at(-1)!.push(child)
  }
  return lines
    .filter((nodes) => nodes.length > 0)
    .map((nodes) => {
      const [first, ...rest] = nodes
      const raw = nodes
        .map((node) => toString(node))
        .join('')
        .trim()
      if (first.type !== 'strong') return { value: raw, raw }
      const after = rest
        .map((node) => toString(node))
        .join('')
        .trim()
      if (!after.startsWith(':') && after !== '') return { value: raw, raw }
      return { label: foldWords(toString(first)), value: after.slice(1).trim(), raw, node: first }
    })
}

const weekdayOf = (word: string, node: Parameters<typeof where>[0]): Weekday => {
  const folded = foldWords(word)
  const day =
    weekdayNames[folded] ??
    (Object.entries(weekdayShortNames).find(([, short]) => short === folded)?.[0] as undefined | Weekday)
  return day ?? fail('unknownWeekday', node, word.trim())
}

/** "Mardi, Jeudi", "Mardi/Jeudi", "mar, jeu": weekdays, in the week's order. */
const weekdaysOf = (text: string, node: Parameters<typeof where>[0]): Weekday[] => {
  if (isEmptyMark(text) || text.trim() === '') return []
  const days = text
    .split(/[,/]| et | and /)
    .map((word) => word.trim())
    .filter(Boolean)
    .map((word) => weekdayOf(word, node))
  return Object.keys(weekdayShortNames).filter((day) => days.includes(day as Weekday)) as Weekday[]
}

/** "8h30", "9h", "08:30" as `HH:mm`. */
const timeOf = (text: string, node: Parameters<typeof where>[0], endOfDay: boolean): string => {
  const [hours, minutes = '00'] = text.trim().toLowerCase().split(/[h:]/)
  const value = `${hours.padStart(2, '0')}:${(minutes || '00').padStart(2, '0')}`
  if (!/^\d{1,2}$/.test(hours) || !isTimeOfDay({ value, endOfDay })) fail('badHours', node, text.trim())
  return value
}

/** "8h30-9h30" as a start and an end; "—" as no hours. */
const hoursOf = (
  text: string,
  node: Parameters<typeof where>[0],
): { start: null | string; end: null | string } => {
  if (isEmptyMark(text) || text.trim() === '') return { start: null, end: null }
  const [start, end, ...extra] = text.split(/[-–]/)
  if (end === undefined || extra.length > 0) return fail('badHours', node, text.trim())
  // An export writes a window missing one end as "08:30-".
  const side = (value: string, endOfDay: boolean) =>
    value.trim() === '' ? null : timeOf(value, node, endOfDay)
  return { start: side(start, false), end: side(end, true) }
}

const integerOf = (text: string, node: Parameters<typeof where>[0]): number => {
  const value = Number(text.trim())
  return Number.isInteger(value) && value >= 0 ? value : fail('badNumber', node, text.trim())
}

/** "1-2", "6+", "3": campaign months. */
const monthsOf = (text: string, node: Parameters<typeof where>[0]): { from: number; to: null | number } => {
  const words = text.trim().split(/\s+/)
  const range = ['mois', 'month', 'months'].includes(foldName(words[0] ?? ''))
    ? words.slice(1).join('')
    : words.join('')
  const open = range.endsWith('+')
  const [from, to, ...extra] = (open ? range.slice(0, -1) : range).split(/[-–]/)
  const first = Number(from)
  const last = to === undefined ? (open ? null : first) : Number(to)
  if (
    extra.length > 0 ||
    !Number.isInteger(first) ||
    first < 1 ||
    (last !== null && !Number.isInteger(last))
  ) {
    return fail('badMonths', node, text.trim())
  }
  if (last !== null && last < first) fail('monthRangeBackwards', node, text.trim())
  // "Mois 3" alone is month 3 and later, as "Mois 6+".
  return { from: first, to: to === undefined ? null : last }
}

const phaseKeyOf = (word: string, node: Parameters<typeof where>[0]): PhaseKey => {
  const folded = foldWords(word)
  return (PHASE_KEYS.find((key) => foldWords(key) === folded) ??
    fail('unknownPhase', node, word.trim())) as PhaseKey
}

/** Each declared format by its folded value and labels, and by the synonyms the readings give. */
const formatNamesOf = (formats: readonly FormatOption[]) => {
  const names = new Map<string, Format>()
  for (const { value, label } of formats) {
    names.set(foldWords(value.replaceAll('-', ' ')), value)
    for (const words of typeof label === 'string' ? [label] : Object.values(label))
      names.set(foldWords(words), value)
  }
  const declared = new Set(formats.map((format) => format.value))
  for (const [words, format] of Object.entries(formatSynonyms))
    if (declared.has(format)) names.set(words, format)
  return names
}

/** A target's or phase's channels, by slug: "linkedin, newsletter"; "—" for none. */
const channelSlugsOf = (text: string): string[] =>
  isEmptyMark(text)
    ? []
    : text
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean)

/** Where a document names a channel: checked against its channel table once it is read. */
type NamedChannel = { slug: string; node: Cell }

const formatsOf = (
  text: string,
  node: Parameters<typeof where>[0],
  formatNames: Map<string, Format>,
): Format[] => {
  if (isEmptyMark(text)) return []
  return text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean)
    .map((word) => formatNames.get(foldWords(word)) ?? fail('unknownFormat', node, word))
}

/**
 * A timing as an export writes it, `Jours : mar, jeu · Heures : 08:30-09:30 · Max : 4 · Note : …`
 * (the note last, taking the rest), or "—".
 */
const exportedTiming = (text: string, node: Parameters<typeof where>[0]): DocumentTiming => {
  const timing: Required<DocumentTiming> = {
    days: [],
    start: null,
    end: null,
    maxPostsPerMonth: null,
    note: null,
  }
  if (isEmptyMark(text)) return timing
  const segments = text.split(' · ')
  for (let index = 0; index < segments.length; index++) {
    const colon = segments[index].indexOf(':')
    const name = foldWords(segments[index].slice(0, Math.max(colon, 0)))
    const value = segments[index].slice(colon + 1).trim()
    if (name === ROW.timingNote) {
      timing.note = [value, ...segments.slice(index + 1)].join(' · ')
      break
    }
    if (name === ROW.timingDays) timing.days = weekdaysOf(value.replaceAll(' ', ''), node)
    else if (name === ROW.timingHours) Object.assign(timing, hoursOf(value, node))
    else if (name === ROW.timingMax) timing.maxPostsPerMonth = integerOf(value, node)
    else timing.note = segments.slice(index).join(' · ')
    if (timing.note !== null) break
  }
  return timing
}

type MonthParts = { year?: number; month: number }

const monthWordOf = (text: string, node: Parameters<typeof where>[0]): MonthParts => {
  const [name, year, ...extra] = text.trim().split(/\s+/)
  const month = monthNames[foldName(name ?? '').replace('.', '')]
  if (!month || extra.length > 0 || (year !== undefined && !/^\d{4}$/.test(year))) {
    return fail('unknownMonth', node, text.trim())
  }
  return { month, year: year === undefined ? undefined : Number(year) }
}

const monthKey = ({ year, month }: { year: number; month: number }) =>
  `${year}-${String(month).padStart(2, '0')}`

/**
 * A mix row's month cell: "2026-03", "Mars", "Mars 2026", "Jan-Fév". A month without its year is
 * read in the campaign that starts in `startMonth`: that year from the start month on, the next before it.
 */
const mixMonthsOf = (text: string, node: Parameters<typeof where>[0], startMonth: string): string[] => {
  const trimmed: string = text.trim()
  if (isMonth(text.trim())) return [trimmed]
  const [startYear, startOfYear] = startMonth.split('-').map(Number)
  const yearOf = ({ year, month }: MonthParts) => year ?? (month >= startOfYear ? startYear : startYear + 1)
  const [first, last, ...extra] = trimmed.split(/[-–]/)
  if (extra.length > 0) return fail('unknownMonth', node, trimmed)
  const from = monthWordOf(first, node)
  if (last === undefined) return [monthKey({ year: yearOf(from), month: from.month })]
  const to = monthWordOf(last, node)
  const fromYear = yearOf(from)
  // "Déc-Fév": a range without years runs forward, into the next year if it must.
  const toYear = to.year ?? fromYear + (to.month < from.month ? 1 : 0)
  const months: string[] = []
  for (let year = fromYear, month = from.month; year < toYear || (year === toYear && month <= to.month);) {
    months.push(monthKey({ year, month }))
    month++
    if (month > 12) {
      month = 1
      year++
    }
  }
  if (months.length === 0) fail('monthRangeBackwards', node, trimmed)
  return months
}

const percentOf = (text: string, node: Parameters<typeof where>[0]): number => {
  const trimmed = text.trim()
  const number = Number((trimmed.endsWith('%') ? trimmed.slice(0, -1) : trimmed).trim())
  return Number.isInteger(number) && number >= 0 && number <= 100 ? number : fail('badPercent', node, trimmed)
}

const headerCells = (table: Table) =>
  table.children[0]?.children.map((cell) => foldWords(cellText(cell))) ?? []

export type ParseDocumentInput = {
  markdown: string
  groups: readonly MixGroupOption[]
  /** The declared formats: a phase's formats are read by their values and labels. */
  formats: readonly FormatOption[]
  /** Targets the line already has, or the seed names: a hand-written heading finds its slug by name. */
  knownTargets: readonly { slug: string; name: string }[]
  /** The plan's start month when the header gives none: the year of months written without one. */
  startMonth: string
}

/**
 * Reads an editorial-line document (`customer-journeys-qalia.md`, or an export) with a Markdown
 * parser that keeps positions: headings, tables, labelled paragraphs and lists, and the YAML
 * header. Either the line it states, or the first problem with its line and column.
 */
export const parseDocument = (
  input: ParseDocumentInput,
): { line: DocumentLine } | { problem: DocumentProblem } => {
  try {
    return { line: readTree(input) }
  } catch (error) {
    if (error instanceof Unreadable) return { problem: error.problem }
    throw error
  }
}

type TargetDraft = DocumentTarget & { prose: string[]; slugRow?: string; sawPhaseRange: boolean }

const readTree = ({
  markdown,
  groups,
  formats,
  knownTargets,
  startMonth,
}: ParseDocumentInput): DocumentLine => {
  const formatNames = formatNamesOf(formats)
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] })
  const line: DocumentLine = { header: {}, verbatim: false, targets: [], plan: {} }
  const drafts: TargetDraft[] = []
  let target: TargetDraft | undefined
  let phases: DocumentPhase[] = []
  let awaitingMessages: DocumentPhase[] | undefined
  let headerRead = false
  let bestTiming: { cells: string[]; node: Cell }[] | undefined
  let mixTable: Table | undefined
  const namedChannels: NamedChannel[] = []

  const text = (value: string) => (line.verbatim ? value.trim() : typographic(value.trim()))
  const stated = (value: string): null | string => (line.verbatim && isEmptyMark(value) ? null : text(value))

  for (const block of tree.children) {
    if (awaitingMessages && block.type !== 'list') awaitingMessages = undefined

    if (block.type === 'code' && !headerRead && (block.lang ?? '').toLowerCase() === 'yaml') {
      headerRead = true
      readHeader({ code: block, line })
      continue
    }
    if (block.type === 'heading') {
      const heading = toString(block).trim()
      if (block.depth <= 2) {
        phases = []
        target = undefined
        const colon = heading.indexOf(':')
        const word = foldWords(heading.slice(0, Math.max(colon, 0)).split(/\s+/)[0] ?? '')
        if (block.depth === 2 && colon > 0 && (word === 'cible' || word === 'target')) {
          target = startTarget({
            name: heading.slice(colon + 1).trim(),
            node: block,
            verbatim: line.verbatim,
          })
          drafts.push(target)
        }
        continue
      }
      if (!target) continue
      phases = []
      if (block.depth === 3 && foldWords(heading).startsWith('phase')) {
        phases = startPhases({ heading, node: block, verbatim: line.verbatim })
        for (const phase of phases) {
          if (target.phases.some((other) => other.key === phase.key)) fail('duplicatePhase', block, phase.key)
          target.phases.push(phase)
        }
        if (phases.length > 1) target.sawPhaseRange = true
      }
      // Other headings in a target ("Approche spécifique") open its own prose.
      continue
    }
    if (block.type === 'paragraph') {
      const lines = paragraphLines(block)
      for (const item of lines) {
        if (item.label === ROW.messages || item.label === ROW.messagesEn) {
          if (phases.length !== 1) fail('messageOutsidePhase', item.node)
          phases[0].messages = []
          // An export writes "—" for a phase without key messages; otherwise the list follows.
          if (!isEmptyMark(item.value)) awaitingMessages = phases
          continue
        }
        if (item.label !== undefined && phases.length === 1) {
          if (item.label === ROW.clientState) {
            phases[0].clientState = stated(item.value)
            continue
          }
          if (item.label === ROW.objective) {
            phases[0].objective = stated(item.value)
            continue
          }
        }
        target?.prose.push(item.raw)
      }
      continue
    }
    if (block.type === 'list') {
      if (awaitingMessages) {
        awaitingMessages[0].messages = block.children.map((item) => readMessage({ item, text }))
        awaitingMessages = undefined
        continue
      }
      target?.prose.push(block.children.map((item) => toString(item).trim()).join(' ; '))
      continue
    }
    if (block.type === 'table') {
      const header = headerCells(block)
      const rows = block.children.slice(1)
      if (header[0] === ROW.month || header[0] === ROW.monthEn) {
        mixTable = block
        continue
      }
      if (header[0] === ROW.channel) {
        line.channels = readChannels({ rows, formatNames })
        continue
      }
      if (header[0] === ROW.target || header[0] === ROW.targetEn) {
        bestTiming = rows.map((row) => ({ cells: row.children.map(cellText), node: row.children[0] }))
        continue
      }
      if (!target) continue
      if (header[0] === ROW.phase) {
        for (const row of rows) {
          const [keyCell, contentCell, toneCell] = row.children
          const phase: DocumentPhase = { key: phaseKeyOf(cellText(keyCell), keyCell), line: where(row).line }
          if (target.phases.some((other) => other.key === phase.key))
            fail('duplicatePhase', keyCell, phase.key)
          const content = contentCell ? cellText(contentCell) : ''
          if (content) {
            const quoted = content.trim().startsWith('"')
            phase.priorityContent = quoted ? `« ${text(unquote(content))} »` : text(content)
            phase.messages = [{ text: text(unquote(content)), status: 'active', line: phase.line }]
          }
          if (toneCell) phase.tone = stated(cellText(toneCell))
          target.phases.push(phase)
        }
        continue
      }
      // An element table: a phase's brief under a phase, the target's own fields above its phases.
      if (phases.length === 1)
        readPhaseRows({
          phase: phases[0],
          rows,
          verbatim: line.verbatim,
          text,
          stated,
          formatNames,
          namedChannels,
        })
      else if (line.verbatim) readTargetRows({ target, rows, stated, groups, namedChannels })
      else target.prose.push(...rows.map((row) => row.children.map(cellText).join(' : ')))
      continue
    }
  }

  if (drafts.length === 0) fail('noTarget', tree.children[0] ?? tree)

  // A document with a channel table names only its channels; one without names them against the line.
  if (line.channels) {
    const unknown = namedChannels.find(({ slug }) => !line.channels!.some((channel) => channel.slug === slug))
    if (unknown) fail('unknownChannel', unknown.node, unknown.slug)
  }

  for (const draft of drafts) {
    const known = knownTargets.find((candidate) => foldName(candidate.name) === foldName(draft.headingName))
    draft.slug = draft.slugRow ?? known?.slug ?? slugFromName(draft.headingName)
    if (
      drafts.some(
        (other) =>
          other !== draft && other.slug === draft.slug && drafts.indexOf(other) < drafts.indexOf(draft),
      )
    ) {
      fail('duplicateTarget', { position: { start: { line: draft.line, column: 1 } } }, draft.headingName)
    }
  }

  for (const row of bestTiming ?? []) {
    const [name = '', days = '', hours = ''] = row.cells
    const folded = foldName(name)
    const draft =
      drafts.find((candidate) => foldName(candidate.slug) === folded) ??
      drafts.find((candidate) => foldName(candidate.headingName) === folded)
    if (!draft) return fail('unknownTarget', row.node, name)
    draft.timing = { days: weekdaysOf(days, row.node), ...hoursOf(hours, row.node) }
  }

  const planStart = line.plan.startMonth ?? startMonth
  if (mixTable) line.mix = readMix({ table: mixTable, groups, startMonth: planStart })

  // A hand-written target's prose is read as a whole, through the readings the seed was written with.
  line.targets = drafts.map(({ prose, slugRow, sawPhaseRange, ...documentTarget }) => {
    if (line.verbatim || prose.length === 0) return documentTarget
    const words = prose.join('\n')
    const target = { ...documentTarget, ...fieldsFromProse({ slug: documentTarget.slug, words }) }
    // A block without journey phases (Ministères) holds the phase its prose is read as.
    if (target.phases.length === 0) {
      target.phases = phasesFromProse({ slug: target.slug, words }).map(
        ({ messages, adaptation: _adaptation, ...phase }): DocumentPhase => ({
          ...phase,
          line: target.line,
          messages: messages.map(({ text, status = 'active' }) => ({ text, status, line: target.line })),
        }),
      )
    }
    return target
  })
  return line
}

const startTarget = ({
  name,
  node,
  verbatim,
}: {
  name: string
  node: Block
  verbatim: boolean
}): TargetDraft => {
  const draft: TargetDraft = {
    slug: '',
    headingName: name,
    line: where(node).line,
    phases: [],
    prose: [],
    sawPhaseRange: false,
  }
  if (verbatim) {
    draft.name = name
    return draft
  }
  // "Auditeurs (Future — Mois 3+)": the name, and the mark the target's prose reading takes.
  const open = name.lastIndexOf('(')
  if (open > 0 && name.endsWith(')') && foldWords(name.slice(open + 1)).startsWith(foldWords(FUTURE_MARK))) {
    draft.headingName = name.slice(0, open).trim()
    draft.prose.push(name.slice(open).trim())
  }
  return draft
}

const startPhases = ({
  heading,
  node,
  verbatim,
}: {
  heading: string
  node: Block
  verbatim: boolean
}): DocumentPhase[] => {
  const colon = heading.indexOf(':')
  if (colon < 0) return fail('unknownPhase', node, heading)
  const numbers = heading.slice(0, colon).trim().split(/\s+/).slice(1).join('')
  let title = heading.slice(colon + 1).trim()
  let months: DocumentPhase['months']
  const open = title.lastIndexOf('(')
  if (open > 0 && title.endsWith(')')) {
    months = monthsOf(title.slice(open + 1, -1), node)
    title = title.slice(0, open).trim()
  }
  const keys = title.split(/→|->/).map((word) => phaseKeyOf(word, node))
  const [first, last] = numbers.split(/[-–]/).map(Number)
  if (keys.length === 1) {
    const phase: DocumentPhase = { key: keys[0], line: where(node).line }
    if (Number.isInteger(first) && first > 0) phase.order = first
    if (months) phase.months = months
    return [phase]
  }
  // "Phase 2-5 : CONSIDERATION → ADVOCACY": every step between, named but not described here.
  const from = PHASE_KEYS.indexOf(keys[0])
  const to = PHASE_KEYS.indexOf(keys.at(-1)!)
  if (to < from) fail('unknownPhase', node, title)
  if (verbatim && (!Number.isInteger(first) || !Number.isInteger(last))) fail('unknownPhase', node, heading)
  return PHASE_KEYS.slice(from, to + 1).map((key) => ({ key, line: where(node).line }))
}

const readMessage = ({
  item,
  text,
}: {
  item: { children: unknown[]; position?: { start: { line: number; column: number } } }
  text: (value: string) => string
}): DocumentMessage => {
  let words = toString(item as never).trim()
  let status: DocumentMessage['status'] = 'active'
  if (words.endsWith(TO_DEFINE_MARK)) {
    status = 'to_define'
    words = words.slice(0, -TO_DEFINE_MARK.length).trim()
  }
  return { text: text(unquote(words)), status, line: where(item).line }
}

/** A "Règles de rédaction" cell: one rule a line (`copyRuleLine`), "—" for none. */
const copyRulesOf = (value: string, cell: Cell) =>
  isEmptyMark(value)
    ? []
    : cellParts(cell).map((part) => readCopyRuleLine(part) ?? fail('badCopyRule', cell, part))

const readPhaseRows = ({
  phase,
  rows,
  verbatim,
  text,
  stated,
  formatNames,
  namedChannels,
}: {
  phase: DocumentPhase
  rows: Table['children']
  verbatim: boolean
  text: (value: string) => string
  stated: (value: string) => null | string
  /** The declared formats by the names a document gives them (`formatNamesOf`). */
  formatNames: Map<string, Format>
  namedChannels: NamedChannel[]
}) => {
  for (const row of rows) {
    const [labelCell, valueCell] = row.children
    if (!labelCell || !valueCell) continue
    const label = foldWords(cellText(labelCell))
    const value = cellText(valueCell)
    if (label === ROW.emotion) phase.emotion = stated(value)
    else if (label === ROW.priorityContent) phase.priorityContent = stated(value)
    else if (label === ROW.tone) phase.tone = stated(value)
    else if (label === ROW.name) phase.name = value.trim()
    else if (label === ROW.formats) phase.formats = formatsOf(value, valueCell, formatNames)
    else if (label === ROW.channels) {
      phase.channels = channelSlugsOf(value)
      namedChannels.push(...phase.channels.map((slug) => ({ slug, node: valueCell })))
    }
    else if (label === ROW.questions) {
      phase.questions = verbatim
        ? isEmptyMark(value)
          ? []
          : cellParts(valueCell).map((part) => unquote(part))
        : splitQuestions(text(unquote(value)))
    } else if (label === ROW.timing) {
      phase.timing = verbatim ? exportedTiming(value, valueCell) : timingFromPhrase(text(value))
    } else if (label === ROW.copyRules) phase.copyRules = copyRulesOf(value, valueCell)
  }
}

const readTargetRows = ({
  target,
  rows,
  stated,
  groups,
  namedChannels,
}: {
  target: TargetDraft
  rows: Table['children']
  stated: (value: string) => null | string
  groups: readonly MixGroupOption[]
  namedChannels: NamedChannel[]
}) => {
  for (const row of rows) {
    const [labelCell, valueCell] = row.children
    if (!labelCell || !valueCell) continue
    const label = foldWords(cellText(labelCell))
    const value = cellText(valueCell)
    const number = () => (isEmptyMark(value) ? null : integerOf(value, valueCell))
    const list = () => (isEmptyMark(value) ? [] : cellParts(valueCell))
    if (label === ROW.slug) target.slugRow = value.trim()
    else if (label === ROW.group) {
      const group = groups.find((candidate) => candidate.value === value.trim())
      target.mixGroup = group ? group.value : fail('unknownGroup', valueCell, value.trim())
    } else if (label === ROW.context) target.context = stated(value)
    else if (label === ROW.tone) target.tone = stated(value)
    else if (label === ROW.fromMonth) target.gate = { ...target.gate, fromMonth: number() }
    else if (label === ROW.prerequisite) target.gate = { ...target.gate, prerequisite: stated(value) }
    else if (label === ROW.prerequisiteMet) {
      target.gate = { ...target.gate, prerequisiteMet: ['oui', 'yes', 'true'].includes(foldWords(value)) }
    } else if (label === ROW.activeClientsAbove)
      target.gate = { ...target.gate, activeClientsAbove: number() }
    else if (label === ROW.dos) target.approach = { ...target.approach, dos: list() }
    else if (label === ROW.donts) target.approach = { ...target.approach, donts: list() }
    else if (label === ROW.copyRules) target.copyRules = copyRulesOf(value, valueCell)
    else if (label === ROW.channels) {
      target.channels = channelSlugsOf(value)
      namedChannels.push(...target.channels.map((slug) => ({ slug, node: valueCell })))
    }
  }
}

/**
 * An export's channel table: name, slug, active, formats, maximum length, and its own slot written as
 * a phase's timing (`Jours : mar · Heures : 07:00-08:00 · Max : 1`, the monthly cap as its Max).
 */
const readChannels = ({
  rows,
  formatNames,
}: {
  rows: Table['children']
  formatNames: Map<string, Format>
}): DocumentChannel[] => {
  const channels: DocumentChannel[] = []
  for (const row of rows) {
    const [nameCell, slugCell, activeCell, formatsCell, lengthCell, slotCell, requirementsCell] = row.children
    if (!nameCell || !slugCell) continue
    const cells = [activeCell, formatsCell, lengthCell, slotCell].map((cell) => (cell ? cellText(cell) : '—'))
    const [active, formats, maxLength, slot] = cells
    const timing = slotCell ? exportedTiming(slot, slotCell) : exportedTiming('—', row)
    channels.push({
      name: cellText(nameCell),
      slug: cellText(slugCell),
      line: where(row).line,
      active: !['non', 'no', 'false'].includes(foldWords(active)),
      formats: formatsCell ? formatsOf(formats, formatsCell, formatNames) : [],
      maxLength: isEmptyMark(maxLength) || !lengthCell ? null : integerOf(maxLength, lengthCell),
      timing: { days: timing.days ?? [], start: timing.start ?? null, end: timing.end ?? null },
      maxPostsPerMonth: timing.maxPostsPerMonth ?? null,
      // An export before issue #27 has no such column: the requirements are then not stated.
      ...(requirementsCell
        ? {
            formatRequirements: isEmptyMark(cellText(requirementsCell))
              ? []
              : cellParts(requirementsCell).map(
                  (line) => readRequirementLine({ line, formatNames }) ?? fail('badRequirement', requirementsCell, line),
                ),
          }
        : {}),
    })
  }
  return channels
}

const readMix = ({
  table,
  groups,
  startMonth,
}: {
  table: Table
  groups: readonly MixGroupOption[]
  startMonth: string
}): NonNullable<DocumentLine['mix']> => {
  const [head, ...rows] = table.children
  const columns = head.children.slice(1).map((cell) => {
    const words = cellText(cell).replace('(%)', '').replace('%', '').trim()
    const folded = foldWords(words)
    const group = groups.find(
      (candidate) =>
        foldWords(candidate.value) === folded ||
        (typeof candidate.label === 'string'
          ? foldWords(candidate.label) === folded
          : foldWords(candidate.label.fr) === folded || foldWords(candidate.label.en) === folded),
    )
    return group ? group.value : fail('unknownGroup', cell, words)
  })
  const mix: NonNullable<DocumentLine['mix']> = []
  for (const row of rows) {
    const [monthCell, ...cells] = row.children
    const months = mixMonthsOf(cellText(monthCell), monthCell, startMonth)
    const shares: Record<string, number> = Object.fromEntries(groups.map((group) => [group.value, 0]))
    cells.forEach((cell, index) => {
      if (columns[index]) shares[columns[index]] = percentOf(cellText(cell), cell)
    })
    const total = Object.values(shares).reduce((sum, share) => sum + share, 0)
    if (total !== 100) fail('mixNotHundred', monthCell, `${cellText(monthCell)} (${total} %)`)
    for (const month of months) {
      if (mix.some((other) => other.month === month)) fail('duplicateMonth', monthCell, month)
      mix.push({ month, ...shares, line: where(row).line })
    }
  }
  return mix
}

const readHeader = ({ code, line }: { code: Extract<Block, { type: 'code' }>; line: DocumentLine }) => {
  // The fence's own line comes first: the YAML's line 1 is the document's next line.
  const at = (offset: number) => ({ position: { start: { line: where(code).line + offset, column: 1 } } })
  const yaml = parseYaml(code.value)
  const error = yaml.errors[0]
  if (error) fail('badHeader', at(error.linePos?.[0].line ?? 1), error.message.split('\n')[0])
  const data = yaml.toJS() as unknown
  if (data === null || data === undefined) return
  if (typeof data !== 'object' || Array.isArray(data)) return fail('badHeader', at(1), String(data))
  line.header = data as Record<string, unknown>
  const header = line.header
  line.verbatim = header.verbatim === true
  const lineOf = (key: string) => {
    const index = code.value.split('\n').findIndex((text) => text.trimStart().startsWith(`${key}:`))
    return at(index + 1)
  }
  if (header.startMonth !== undefined) {
    const value = String(header.startMonth)
    line.plan.startMonth = isMonth(value)
      ? value
      : fail('badHeader', lineOf('startMonth'), `startMonth: ${value}`)
  }
  if (header.timezone !== undefined) {
    const value = header.timezone
    line.plan.timezone = isTimezone(value)
      ? value
      : fail('badHeader', lineOf('timezone'), `timezone: ${String(value)}`)
  }
  for (const key of ['activeClients', 'mixTolerance'] as const) {
    if (header[key] === undefined) continue
    const value = header[key]
    line.plan[key] =
      typeof value === 'number' && Number.isInteger(value) && value >= 0
        ? value
        : fail('badHeader', lineOf(key), `${key}: ${String(value)}`)
  }
}
