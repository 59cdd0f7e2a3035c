/**
 * What the editorial rules refuse in a save, field by field, handed from the collection's
 * `beforeChange` (which loads the rule context once) to the checkpoint fields' `validate`, which
 * report it. Kept in `req.context` under the post's id, or `create` for a new post.
 */
export type FieldRefusal = { path: string; message: string }

const KEY = 'editorialLineRefusals'

type Context = Record<string, unknown>

const refusalsOf = (context: Context) => (context[KEY] ??= {}) as Record<string, FieldRefusal[] | undefined>

export const rememberFieldRefusals = ({
  context,
  key,
  refusals,
}: {
  context: Context
  key: string
  refusals: FieldRefusal[]
}) => {
  refusalsOf(context)[key] = refusals
}

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
