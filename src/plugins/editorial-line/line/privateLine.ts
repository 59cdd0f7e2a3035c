import type { CollectionConfig } from 'payload'

import { isStaffOrPublisher } from '../access/isStaffOrPublisher.js'
import { restrictFieldReads } from '../access/restrictFieldReads.js'
import { keepPublicFields } from './keepPublicFields.js'
import { readLineThroughPosts } from './readLineThroughPosts.js'
import { mergeHooks } from '../options/applyOverride.js'

/**
 * Keeps a collection of the editorial line (targets, phases, messages) to the team and publishers,
 * applied once the host's override is in (its fields included). Anyone else reads its documents
 * only as an approved post's `target`, `phase` or `message`, and of them only `fields`: nothing of
 * the collection by itself (`readLineThroughPosts`).
 *
 * Field-level read access is what holds: Payload applies it to every document it returns, at every
 * depth of population, in REST, GraphQL and the Local API alike, and to `where` and `sort` paths
 * (`where[target.tone]` on posts is a 400). A hook trimming posts' populated objects would miss
 * GraphQL, which reads each relationship itself with the related collection's access. The
 * collection's read access stays as it is: restricting it to the documents approved posts name
 * would cost a scan of the approved posts on every anonymous read, and only approved posts lead
 * an anonymous reader to these documents anyway.
 */
export const privateLine = ({
  collection,
  fields,
}: {
  collection: CollectionConfig
  /** What anyone may read of a document an approved post names. */
  fields: readonly string[]
}): CollectionConfig => ({
  ...collection,
  fields: restrictFieldReads({ fields: collection.fields, keep: fields, read: isStaffOrPublisher }),
  hooks: mergeHooks(
    { beforeOperation: [readLineThroughPosts] },
    // Last, so that nothing another afterRead hook adds reaches them.
    mergeHooks(collection.hooks, { afterRead: [keepPublicFields({ fields })] }),
  ),
})
