import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import { copyRuleLine } from './copyRuleWords.js'
import { requirementLine } from './requirementWords.js'
import { toMarkdown } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'

import type { MixGroupOption } from '../mix/groups.js'
import type { StoredChannel, StoredLine, StoredPhase, StoredTarget } from './documentLine.js'

import { WEEKDAYS, type Weekday } from '../constants.js'
import { weekdayNames, weekdayShortNames } from '../seed/documentReadings.js'
import { monthName } from '../time/monthName.js'
import { type FormatOption, formatLabel } from '../posts/formats.js'
import { WORDS } from './documentWords.js'

type Root = Parameters<typeof toMarkdown>[0]
type Node = { type: string; [key: string]: unknown }

const text = (value: string): Node => ({ type: 'text', value })
const strong = (value: string): Node => ({ type: 'strong', children: [text(value)] })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children })
const heading = (depth: number, value: string): Node => ({ type: 'heading', depth, children: [text(value)] })
const BREAK: Node = { type: 'html', value: '<br>' }
const EMPTY = '—'

/** A cell's lines, `<br>` between them; "—" when there is nothing. */
const cell = (lines: (null | string | undefined)[] | null | string | undefined): Node => {
  const values = (Array.isArray(lines) ? lines : (lines ?? '').split('\n')).filter(
    (value): value is string => typeof value === 'string' && value !== '',
  )
  if (values.length === 0) return { type: 'tableCell', children: [text(EMPTY)] }
  return {
    type: 'tableCell',
    children: values.flatMap((value, index) => (index > 0 ? [BREAK, text(value)] : [text(value)])),
  }
}

const table = (header: string[], rows: Node[][]): Node => ({
  type: 'table',
  align: header.map(() => null),
  children: [
    { type: 'tableRow', children: header.map((value) => ({ type: 'tableCell', children: [text(value)] })) },
    ...rows.map((children) => ({ type: 'tableRow', children })),
  ],
})

const labelledRow = (label: string, value: Node): Node[] => [
  { type: 'tableCell', children: [strong(label)] },
  value,
]

const labelled = (label: string, value: null | string | undefined): Node =>
  paragraph(
    strong(label),
    text(` : ${value === undefined || value === null || value === '' ? EMPTY : value}`),
  )

const dayName = (day: Weekday) => {
  const name = Object.entries(weekdayNames).find(([, value]) => value === day)![0]
  return name.charAt(0).toUpperCase() + name.slice(1)
}

const hours = (start?: null | string, end?: null | string) =>
  start || end ? `${start ?? ''}-${end ?? ''}` : EMPTY

/** A phase's timing as the reader takes it back: `Jours : mar, jeu · Heures : 08:30-09:30 · Max : 4 · Note : …`. */
const timingWords = (timing: StoredPhase['timing']) => {
  const segments: string[] = []
  const days = WEEKDAYS.filter((day) => timing?.days?.includes(day))
  if (days.length > 0)
    segments.push(`${WORDS.timingDays} : ${days.map((day) => weekdayShortNames[day]).join(', ')}`)
  if (timing?.start || timing?.end) segments.push(`${WORDS.timingHours} : ${hours(timing.start, timing.end)}`)
  if (timing?.maxPostsPerMonth) segments.push(`${WORDS.timingMax} : ${timing.maxPostsPerMonth}`)
  if (timing?.note) segments.push(`${WORDS.timingNote} : ${timing.note}`)
  return segments.length > 0 ? segments.join(' · ') : EMPTY
}

/** Formats by their French labels, comma-separated, as the phase rows write them. */
const formatWords = (values: readonly string[] | undefined, formats: readonly FormatOption[]) =>
  (values ?? []).map((value) => formatLabel({ formats, value, language: 'fr' })).join(', ')

/** A target's or phase's channels, by slug; "—" for none (the target's, or every active channel). */
const channelWords = (slugs: string[] | undefined) => (slugs ?? []).join(', ')

/** The line's channels: what each takes and its own slot (with its monthly cap), read back by slug. */
const channelTable = (channels: readonly StoredChannel[], formats: readonly FormatOption[]): Node[] => [
  heading(2, WORDS.channelsHeading),
  table(
    [
      WORDS.channel,
      WORDS.slug,
      WORDS.active,
      WORDS.channelFormats,
      WORDS.maxLength,
      WORDS.slot,
      WORDS.formatRequirements,
    ],
    channels.map((channel) => [
      cell(channel.name),
      cell(channel.slug),
      cell(channel.active === false ? WORDS.no : WORDS.yes),
      cell(formatWords(channel.formats, formats)),
      cell(channel.maxLength?.toString()),
      cell(timingWords({ ...channel.timing, maxPostsPerMonth: channel.maxPostsPerMonth })),
      cell((channel.formatRequirements ?? []).map((row) => requirementLine({ row, formats }))),
    ]),
  ),
  { type: 'thematicBreak' },
]

const months = ({ from, to }: StoredPhase['months']) =>
  `${WORDS.months} ${to === undefined || to === null ? `${from}+` : to === from ? `${from}-${to}` : `${from}-${to}`}`

/** "Mars 2026": the document writes its months capitalised. */
const monthLabel = (month: string) => {
  const name = monthName(month, 'fr')
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`
}

const groupLabelFr = (group: MixGroupOption) =>
  typeof group.label === 'string' ? group.label : group.label.fr

const targetBlock = (
  target: StoredTarget,
  index: number,
  formats: readonly FormatOption[],
  withChannels: boolean,
): Node[] => [
  heading(2, `${WORDS.target.toUpperCase()} ${index + 1} : ${target.name}`),
  table(
    [WORDS.element, WORDS.detail],
    [
      labelledRow(WORDS.slug, cell(target.slug)),
      labelledRow(WORDS.group, cell(target.mixGroup)),
      labelledRow(WORDS.context, cell(target.context)),
      labelledRow(WORDS.tone, cell(target.tone)),
      labelledRow(WORDS.fromMonth, cell(target.gate?.fromMonth?.toString())),
      labelledRow(WORDS.prerequisite, cell(target.gate?.prerequisite)),
      labelledRow(WORDS.prerequisiteMet, cell(target.gate?.prerequisiteMet ? WORDS.yes : WORDS.no)),
      labelledRow(WORDS.activeClientsAbove, cell(target.gate?.activeClientsAbove?.toString())),
      labelledRow(WORDS.dos, cell(target.approach?.dos ?? [])),
      labelledRow(WORDS.donts, cell(target.approach?.donts ?? [])),
      labelledRow(WORDS.copyRules, cell((target.copyRules ?? []).map(copyRuleLine))),
      ...(withChannels ? [labelledRow(WORDS.channels, cell(channelWords(target.channels)))] : []),
    ],
  ),
  ...target.phases.flatMap((phase) => phaseBlock(phase, formats, withChannels)),
  { type: 'thematicBreak' },
]

const phaseBlock = (phase: StoredPhase, formats: readonly FormatOption[], withChannels: boolean): Node[] => [
  heading(
    3,
    `${WORDS.phaseHeading}${phase.order ? ` ${phase.order}` : ''} : ${phase.key.toUpperCase()} (${months(phase.months)})`,
  ),
  labelled(WORDS.clientState, phase.clientState),
  table(
    [WORDS.element, WORDS.detail],
    [
      labelledRow(WORDS.name, cell(phase.name)),
      labelledRow(WORDS.emotion, cell(phase.emotion)),
      labelledRow(WORDS.questions, cell((phase.questions ?? []).map((question) => `"${question}"`))),
      labelledRow(WORDS.priorityContent, cell(phase.priorityContent)),
      labelledRow(WORDS.formats, cell(formatWords(phase.formats, formats))),
      labelledRow(WORDS.timing, cell(timingWords(phase.timing))),
      labelledRow(WORDS.tone, cell(phase.tone)),
      labelledRow(WORDS.copyRules, cell((phase.copyRules ?? []).map(copyRuleLine))),
      ...(withChannels ? [labelledRow(WORDS.channels, cell(channelWords(phase.channels)))] : []),
    ],
  ),
  ...(phase.messages.length === 0
    ? [labelled(WORDS.messages, EMPTY)]
    : [
        paragraph(strong(WORDS.messages), text(' :')),
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: phase.messages.map((message) => ({
            type: 'listItem',
            spread: false,
            children: [
              paragraph(text(`"${message.text}"${message.status === 'to_define' ? ' (à définir)' : ''}`)),
            ],
          })),
        },
      ]),
  labelled(WORDS.objective, phase.objective),
]

const CONTROL_POINTS: [string, string][] = [
  ['Quelle cible', ' vise ce post ?'],
  ['Quelle phase', ' du journey ?'],
  ['Quel message', ' adapté à cette phase ?'],
  ['Quel format', ' optimal ?'],
  ['Quel timing', ' ?'],
]

/**
 * The editorial line as the customer's document (`customer-journeys-qalia.md`): the YAML header (with
 * the plan's settings), the line's channels when it has any, per target its fields and phases (client state, element table, key
 * messages, objective), the monthly mix, the best timing per target and the five control points.
 * It marks itself `verbatim: true`: `parseDocument` reads it back as written.
 */
export const renderDocument = ({
  line,
  groups,
  formats,
  exportedAt,
}: {
  line: StoredLine
  groups: readonly MixGroupOption[]
  /** The declared formats: the document names each by its French label. */
  formats: readonly FormatOption[]
  /** `YYYY-MM-DD`, written in the header. */
  exportedAt: string
}): string => {
  const header = stringify({
    verbatim: true,
    updated: exportedAt,
    usage: 'Guider la ligne éditoriale et la progression des contenus',
    ...Object.fromEntries(
      // The plan's copy rules are not the document's: they stay in the admin.
      Object.entries(line.plan).filter(
        ([key, value]) => value !== undefined && value !== null && key !== 'copyRules',
      ),
    ),
  }).trimEnd()
  const withChannels = (line.channels ?? []).length > 0
  const tree: Node = {
    type: 'root',
    children: [
      heading(1, WORDS.title),
      { type: 'code', lang: 'yaml', value: header },
      { type: 'thematicBreak' },
      // A line without channels (a document written before them) is shown as it was.
      ...(withChannels ? channelTable(line.channels!, formats) : []),
      ...line.targets.flatMap((target, index) => targetBlock(target, index, formats, withChannels)),
      heading(2, WORDS.integration),
      heading(3, WORDS.mixHeading),
      table(
        [WORDS.month, ...groups.map((group) => `${groupLabelFr(group)} (%)`)],
        line.mix.map((row) => [
          cell(monthLabel(row.month)),
          ...groups.map((group) => cell(`${Number(row[group.value] ?? 0)}%`)),
        ]),
      ),
      heading(3, WORDS.timingHeading),
      table(
        [WORDS.target, WORDS.bestDay, WORDS.bestHour],
        line.targets.map((target) => [
          cell(target.slug),
          cell(
            WEEKDAYS.filter((day) => target.timing?.days?.includes(day))
              .map(dayName)
              .join(', '),
          ),
          cell(hours(target.timing?.start, target.timing?.end)),
        ]),
      ),
      { type: 'thematicBreak' },
      heading(2, WORDS.controlPoints),
      paragraph(text(WORDS.controlIntro)),
      {
        type: 'list',
        ordered: true,
        start: 1,
        spread: false,
        children: CONTROL_POINTS.map(([question, rest]) => ({
          type: 'listItem',
          spread: false,
          children: [paragraph(strong(question), text(rest))],
        })),
      },
    ],
  }
  return toMarkdown(tree as unknown as Root, { extensions: [gfmTableToMarkdown()], bullet: '-', rule: '-' })
}
