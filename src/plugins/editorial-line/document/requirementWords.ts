import type { Format } from '../constants.js'
import type { FormatOption } from '../posts/formats.js'
import type { FormatRequirement, MediaKind } from '../rules/types.js'

import { formatLabel } from '../posts/formats.js'
import { foldWords } from '../seed/documentReadings.js'

/** A file kind as the document writes it (French, as the customer's document). */
const KIND_WORDS: Record<MediaKind, string> = { image: 'image', document: 'document', video: 'vidéo' }
const PAGES = 'pages'
const SECONDS = 'secondes'

const LINE =
  /^(?<format>.+?)\s*:\s*(?<kinds>[^\d,]+?)\s+(?<min>\d+)\s*-\s*(?<max>\d+)(?<limits>(?:\s*,\s*[^,]+)*)$/u
const LIMIT = /^(?<name>\S+)\s*(?:(?<op>[≤≥])\s*(?<value>\d+)|(?<from>\d+)\s*-\s*(?<to>\d+))$/u

/**
 * One format requirement as one line of the channel table's cell:
 * `Carousel éducatif : document 1-1, pages ≤ 300`, `Vidéo courte : vidéo 1-1, secondes 3-600`,
 * `Témoignage anonymisé : image / document / vidéo 0-1`. The format by its French label.
 */
export const requirementLine = ({ row, formats }: { row: FormatRequirement; formats: readonly FormatOption[] }) => {
  const limits: string[] = []
  if (row.maxPages != null) limits.push(`${PAGES} ≤ ${row.maxPages}`)
  if (row.minSeconds != null && row.maxSeconds != null) limits.push(`${SECONDS} ${row.minSeconds}-${row.maxSeconds}`)
  else if (row.minSeconds != null) limits.push(`${SECONDS} ≥ ${row.minSeconds}`)
  else if (row.maxSeconds != null) limits.push(`${SECONDS} ≤ ${row.maxSeconds}`)
  return `${formatLabel({ formats, value: row.format, language: 'fr' })} : ${row.kinds
    .map((kind) => KIND_WORDS[kind])
    .join(' / ')} ${row.min}-${row.max}${limits.map((limit) => `, ${limit}`).join('')}`
}

/** A line written by `requirementLine` read back (`formatNames`: folded labels and values); null when it is not one. */
export const readRequirementLine = ({
  line,
  formatNames,
}: {
  line: string
  formatNames: Map<string, Format>
}): FormatRequirement | null => {
  const groups = LINE.exec(line.trim())?.groups
  if (!groups) return null
  const format = formatNames.get(foldWords(groups.format!))
  const kinds = groups.kinds!.split('/').map((word) =>
    (Object.keys(KIND_WORDS) as MediaKind[]).find((kind) => foldWords(KIND_WORDS[kind]) === foldWords(word)),
  )
  const min = Number(groups.min)
  const max = Number(groups.max)
  if (!format || kinds.some((kind) => !kind) || max < min) return null
  const row: FormatRequirement = { format, kinds: kinds as MediaKind[], min, max }
  for (const part of groups.limits!.split(',').map((words) => words.trim()).filter(Boolean)) {
    const limit = LIMIT.exec(part)?.groups
    if (!limit) return null
    const name = foldWords(limit.name!)
    const pages = name === foldWords(PAGES)
    const seconds = name === foldWords(SECONDS)
    if (pages && limit.op === '≤') row.maxPages = Number(limit.value)
    else if (seconds && limit.op === '≥') row.minSeconds = Number(limit.value)
    else if (seconds && limit.op === '≤') row.maxSeconds = Number(limit.value)
    else if (seconds && limit.from !== undefined) {
      row.minSeconds = Number(limit.from)
      row.maxSeconds = Number(limit.to)
    } else return null
  }
  return row
}
