/**
 * The target groups whose monthly share the plan sets: declared by the host
 * (`editorialLine({ groups })`), one group `all` by default.
 */
export type MixGroupOption = {
  /** Stored value, and the name of the group's percentage field in each plan row: `alpha`, `of`. */
  value: string
  /** Shown in the admin: one label, or one per language. */
  label: string | { fr: string; en: string }
}

/** Colours of the groups, in the order they are declared (readable on white, told apart in print). */
export const GROUP_PALETTE = [
  '#1565c0',
  '#2e7d32',
  '#ef6c00',
  '#6a1b9a',
  '#00838f',
  '#ad1457',
  '#4e342e',
  '#283593',
  '#558b2f',
  '#c62828',
  '#37474f',
  '#6d4c41',
] as const

/** Neither a declared group nor any group: a post without target, a group since removed. */
export const NO_GROUP_COLOUR = '#78909c'

/** The group's label in the language asked for (English, then the value, when it has none). */
export const groupLabel = ({
  groups,
  value,
  language,
}: {
  groups: readonly MixGroupOption[]
  value: string
  language: string
}): string => {
  const label = groups.find((group) => group.value === value)?.label
  if (label === undefined) return value
  if (typeof label === 'string') return label
  return language === 'fr' ? label.fr : label.en
}

/** The group's colour: its place in the declared order picks it from the palette. */
export const groupColour = ({ groups, value }: { groups: readonly MixGroupOption[]; value: string }) => {
  const index = groups.findIndex((group) => group.value === value)
  return index === -1 ? NO_GROUP_COLOUR : GROUP_PALETTE[index % GROUP_PALETTE.length]
}
