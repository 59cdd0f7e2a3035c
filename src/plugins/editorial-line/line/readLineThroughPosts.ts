import type { CollectionBeforeOperationHook } from 'payload'

import { Forbidden } from 'payload'

import { userHasRole } from '../access/hasRole.js'
import { LINE_READER_ROLES } from '../constants.js'

const READS = ['read', 'count', 'readDistinct']

/**
 * Callers who are neither on the editorial team nor publishers (anonymous callers above all) read
 * the editorial line only through the approved posts that name it. A read of the collection itself
 * (a list, a document by id, a count; REST, GraphQL, the Local API with `overrideAccess: false`)
 * gets Payload's own 403.
 *
 * Payload populates a post's relationships (REST and Local API `depth`, GraphQL's relationship
 * fields) through its dataloader, whose reads say `disableErrors: true`, which neither REST nor
 * GraphQL lets a caller set: those reads go on, and the field access (`restrictFieldReads`) keeps
 * the strategy out of them. Should Payload's populations stop saying so, they would give bare ids
 * (closed); should direct reads start to, accessMatrix.test.ts's anonymous rows fail.
 */
export const readLineThroughPosts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!READS.includes(operation)) return args
  const { disableErrors, overrideAccess } = args as { disableErrors?: boolean; overrideAccess?: boolean }
  // REST and GraphQL leave `overrideAccess` unset until the operation defaults it to false.
  if (overrideAccess === true || userHasRole({ user: req.user, roles: LINE_READER_ROLES })) return args
  if (disableErrors !== true) throw new Forbidden(req.t)
  // The dataloader matches what it reads by id, so order is of no use to it; and the collection's
  // default sort may be on a field they may not read (a phase's `order`), which Payload refuses.
  return operation === 'read' ? { ...args, sort: 'id' } : args
}
