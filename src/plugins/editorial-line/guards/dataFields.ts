import type { Field, GroupField } from 'payload'

export type DataField = Field & { name: string }

const walked = new WeakMap<Field[], DataField[]>()

/**
 * The fields that hold data at one level, seen through the layout-only ones (rows, collapsibles,
 * unnamed tabs). A named tab keeps its fields under its name, as a group does, and comes back as a
 * group. The one field walk the input and query guards share: each decides how deep to go.
 */
export const dataFields = (fields: Field[]): DataField[] => {
  // Every save and every query walks them: a config's field lists never change once built.
  let found = walked.get(fields)
  if (!found) {
    found = walk(fields)
    walked.set(fields, found)
  }
  return found
}

const walk = (fields: Field[]): DataField[] =>
  fields.flatMap((field): DataField[] => {
    if (field.type === 'row' || field.type === 'collapsible') return dataFields(field.fields)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? [{ type: 'group', name: tab.name, fields: tab.fields } as GroupField & DataField]
          : dataFields(tab.fields),
      )
    }
    return 'name' in field && field.name ? [field as DataField] : []
  })
