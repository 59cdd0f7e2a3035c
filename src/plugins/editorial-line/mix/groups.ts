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

/**
 * How many colours the stylesheet's group palette has (`.el-tone--0` … `.el-tone--11` in
 * `admin/editorialLine.css`, readable on both themes, told apart in print).
 */
export const GROUP_TONES = 12

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

/**
 * The group's tone in the stylesheet's palette: its place in the declared order picks it; `none` for
 * neither a declared group nor any group (a post without target, a group since removed).
 */
export const groupTone = ({ groups, value }: { groups: readonly MixGroupOption[]; value: string }) => {
  const index = groups.findIndex((group) => group.value === value)
  return index === -1 ? 'none' : String(index % GROUP_TONES)
}
