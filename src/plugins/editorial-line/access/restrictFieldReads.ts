import type { Field, FieldAccess } from 'payload'

import { fieldAffectsData } from 'payload/shared'

/**
 * Gives every field that holds data, but those named in `keep`, the read access `read`, looking
 * through rows, collapsibles, unnamed groups and tabs (their fields sit at the document's level); a
 * named tab keeps none of its fields. A field with a read access of its own keeps it: whoever set it
 * decided who reads that field.
 */
export const restrictFieldReads = ({
  fields,
  keep,
  read,
}: {
  fields: Field[]
  keep: readonly string[]
  read: FieldAccess
}): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: restrictFieldReads({
            fields: tab.fields,
            keep: 'name' in tab && tab.name ? [] : keep,
            read,
          }),
        })),
      }
    }
    if (fieldAffectsData(field)) {
      if (keep.includes(field.name) || field.access?.read) return field
      return { ...field, access: { ...field.access, read } } as Field
    }
    if ('fields' in field)
      return { ...field, fields: restrictFieldReads({ fields: field.fields, keep, read }) } as Field
    return field
  })
