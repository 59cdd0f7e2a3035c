import type { FormatRequirement, MediaFacts, MediaKind, Problem, Rule } from './types.js'

const KINDS: MediaKind[] = ['image', 'document', 'video']

/** The post's files are all of the row's kinds, and as many as it allows. */
const fitsShape = ({ row, media }: { row: FormatRequirement; media: MediaFacts[] }) =>
  media.length >= row.min &&
  media.length <= row.max &&
  media.every((file) => file.kind != null && row.kinds.includes(file.kind))

/** What of one file breaks a row's limits (pages, duration); a value the server did not read is not held against it. */
const limitProblems = ({
  row,
  file,
  position,
  vars,
}: {
  row: FormatRequirement
  file: MediaFacts
  position: number
  vars: { channel: string; format: string }
}): Problem[] => {
  const problems: Problem[] = []
  if (file.kind === 'document' && row.maxPages != null && file.pages != null && file.pages > row.maxPages)
    problems.push({
      path: 'media',
      message: { key: 'mediaTooManyPages', vars: { ...vars, position, pages: file.pages, max: row.maxPages } },
    })
  if (file.kind === 'video' && file.duration != null) {
    if (row.minSeconds != null && file.duration < row.minSeconds)
      problems.push({
        path: 'media',
        message: { key: 'mediaTooShort', vars: { ...vars, position, duration: file.duration, limitSeconds: row.minSeconds } },
      })
    if (row.maxSeconds != null && file.duration > row.maxSeconds)
      problems.push({
        path: 'media',
        message: { key: 'mediaTooLong', vars: { ...vars, position, duration: file.duration, limitSeconds: row.maxSeconds } },
      })
  }
  return problems
}

/**
 * The post carries what its channel requires for its format (issue #27): one of the format's rows
 * (alternatives: "one PDF, or 2 to 20 images") is met by all of its files, and every image has its
 * alt text. A format with no row requires nothing; a post whose media are not known is not checked.
 *
 * When the files' kinds and count fit a row but a file breaks its limits, each such file is its own
 * finding (what to replace); otherwise one finding says what the format takes and what the post has.
 * Drafts get the findings too (the checklist shows them); only leaving draft is refused.
 */
export const formatComplete: Rule = ({ channel, post }) => {
  const media = post.media
  if (media == null) return []
  const problems: Problem[] = []
  const rows = (channel?.formatRequirements ?? []).filter((row) => row.format === post.format)
  if (channel && post.format && rows.length > 0) {
    const vars = { channel: channel.name, format: post.format }
    const shaped = rows.filter((row) => fitsShape({ row, media }))
    const perRow = shaped.map((row) =>
      media.flatMap((file, index) => limitProblems({ row, file, position: index + 1, vars })),
    )
    if (shaped.length === 0) {
      const counts = Object.fromEntries(
        KINDS.map((kind) => [kind, media.filter((file) => file.kind === kind).length]),
      ) as Record<MediaKind, number>
      problems.push({ path: 'media', message: { key: 'formatMediaMismatch', vars: { ...vars, requirements: rows, counts } } })
    } else if (perRow.every((found) => found.length > 0)) {
      // The first alternative the files fit names what to change.
      problems.push(...perRow[0]!)
    }
  }
  media.forEach((file, index) => {
    if (file.kind === 'image' && !file.alt?.trim())
      problems.push({
        path: 'media',
        message: { key: 'mediaAltMissing', vars: { position: index + 1, filename: file.filename ?? String(file.id) } },
      })
  })
  return problems
}
