import type { CollectionConfig, Field, GlobalConfig } from 'payload'

/** A field without its hooks and admin components, and so each field it holds (rows, tabs, groups, arrays). */
const schemaField = (field: Field): Field => {
  const { hooks: _hooks, ...rest } = field as Field & { hooks?: unknown }
  const admin = (rest as { admin?: Record<string, unknown> }).admin
  const kept = { ...rest } as Record<string, unknown>
  if (admin) {
    const { components: _components, ...otherAdmin } = admin
    kept.admin = otherAdmin
  }
  if (Array.isArray(kept.fields)) kept.fields = (kept.fields as Field[]).map(schemaField)
  if (Array.isArray(kept.tabs))
    kept.tabs = (kept.tabs as { fields: Field[] }[]).map((tab) => ({
      ...tab,
      fields: tab.fields.map(schemaField),
    }))
  if (Array.isArray(kept.blocks))
    kept.blocks = (kept.blocks as { fields: Field[] }[]).map((block) => ({
      ...block,
      fields: block.fields.map(schemaField),
    }))
  return kept as Field
}

/**
 * A collection or global of the plugin with its schema alone, for `enabled: false`: the same fields
 * (so that a host's migrations do not change with the flag, as in Payload's plugin template), and
 * none of its hooks, endpoints or admin components.
 */
export const keepSchemaOnly = <T extends CollectionConfig | GlobalConfig>(entity: T): T => {
  const { components: _components, ...admin } = (entity.admin ?? {}) as Record<string, unknown>
  return { ...entity, admin, hooks: {}, endpoints: false, fields: entity.fields.map(schemaField) } as T
}
