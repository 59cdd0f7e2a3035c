/**
 * What the editorial rules refuse in a save, field by field, handed from the collection's
 * `beforeChange` (which loads the rule context once) to the checkpoint fields' `validate`, which
 * report it. Kept in `req.context` under the post's id, or `create` for a new post.
 */
export type FieldRefusal = { path: string; message: string }

/** Per field, the ids its `filterOptions` allow in this save, known from the rule context. */
export type KnownChoices = Partial<Record<string, (number | string)[]>>

const KEY = 'editorialLineRefusals'
const CHOICES_KEY = 'editorialLineChoices'

type Context = Record<string, unknown>

const refusalsOf = (context: Context) => (context[KEY] ??= {}) as Record<string, FieldRefusal[] | undefined>

export const rememberFieldRefusals = ({
  context,
  key,
  refusals,
  choices,
}: {
  context: Context
  key: string
  refusals: FieldRefusal[]
  choices?: KnownChoices
}) => {
  refusalsOf(context)[key] = refusals
  ;((context[CHOICES_KEY] ??= {}) as Record<string, KnownChoices | undefined>)[key] = choices
}

/** The ids a field may hold in this save, or undefined when the save did not record them. */
export const recallKnownChoices = ({
  context,
  key,
  path,
}: {
  context: Context
  key: string
  path: string
}): (number | string)[] | undefined =>
  ((context[CHOICES_KEY] ?? {}) as Record<string, KnownChoices | undefined>)[key]?.[path]

/** The refusals on one field, in the order the rules found them. */
export const recallFieldRefusals = ({
  context,
  key,
  path,
}: {
  context: Context
  key: string
  path: string
}): FieldRefusal[] => (refusalsOf(context)[key] ?? []).filter((refusal) => refusal.path === path)
