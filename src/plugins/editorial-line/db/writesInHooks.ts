import type { Config, Field } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

/** Set while a hook of a save runs: whether that save holds a transaction. */
const hookScope = new AsyncLocalStorage<{ inTransaction: boolean }>()

export const REENTRY_MESSAGE =
  'A hook started a write without its `req`: pass the hook’s `req` to the Local API ' +
  '(`payload.create({ collection, data, req })`) so that the write joins the save’s transaction. ' +
  'Without it the write would wait for the transaction its own save holds.'

/**
 * Throws when a write begins its own transaction from inside a hook of a save that holds one: that
 * write forgot the hook's `req`. On SQLite (one writer at a time) it would wait for its own save
 * forever; elsewhere it would escape the save's rollback. `limitTransactions` calls this first.
 */
export const refuseWriteWithoutReq = () => {
  if (hookScope.getStore()?.inTransaction) throw new Error(REENTRY_MESSAGE)
}

type AnyHook = (args: { req?: { transactionID?: unknown } } & Record<string, unknown>) => unknown
type Hooks = Record<string, AnyHook[] | undefined> | undefined

const inScope =
  (hook: AnyHook): AnyHook =>
  (args) =>
    hookScope.run({ inTransaction: Boolean(args?.req?.transactionID) }, () => hook(args))

const scopeHooks = (hooks: Hooks): Hooks =>
  hooks &&
  Object.fromEntries(
    Object.entries(hooks).map(([name, list]) => [name, Array.isArray(list) ? list.map(inScope) : list]),
  )

const scopeFields = (fields: Field[]): Field[] =>
  fields.map((field) => {
    const scoped = { ...field } as Field & { hooks?: Hooks; fields?: Field[]; tabs?: { fields: Field[] }[] }
    if ('hooks' in field && field.hooks) scoped.hooks = scopeHooks(field.hooks as Hooks)
    if ('fields' in field && Array.isArray(field.fields)) scoped.fields = scopeFields(field.fields)
    if ('tabs' in field && Array.isArray(field.tabs))
      scoped.tabs = field.tabs.map((tab) => ({ ...tab, fields: scopeFields(tab.fields) }))
    return scoped as Field
  })

/**
 * Runs every collection, global and field hook of a config inside a scope that
 * `refuseWriteWithoutReq` can see, so a write a hook starts without `req` fails at once with a
 * message naming the fix instead of waiting for its own save. The plugin applies it last
 * (`withWriteGuarantees`).
 */
export const scopeWritesInHooks = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: scopeHooks(collection.hooks as Hooks) as typeof collection.hooks,
    fields: scopeFields(collection.fields),
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    hooks: scopeHooks(global.hooks as Hooks) as typeof global.hooks,
    fields: scopeFields(global.fields),
  })),
})
