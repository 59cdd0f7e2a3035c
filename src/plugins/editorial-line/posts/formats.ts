/** A format a post can take, declared by the host (`editorialLine({ formats })`). */
export type FormatOption = {
  /** Stored value, lowercase with dashes: `short-video`. */
  value: string
  /** Shown in the admin, the rules' messages and the document: one label, or one per language. */
  label: string | Record<string, string>
}

/** The format's label in the language asked for (English, French, then the value, when it has none). */
export const formatLabel = ({
  formats,
  value,
  language,
}: {
  formats: readonly FormatOption[]
  value: string
  language: string
}): string => {
  const label = formats.find((format) => format.value === value)?.label
  if (label === undefined) return value
  if (typeof label === 'string') return label
  return label[language] ?? label.en ?? label.fr ?? Object.values(label)[0] ?? value
}
