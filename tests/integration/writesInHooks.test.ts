import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REENTRY_MESSAGE } from '../../src/plugins/editorial-line/db/writesInHooks'
import { seedForPosts } from '../helpers/editorialLine'
import { startPayload, testDatabaseKind } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  ;({ payload, stop } = await startPayload({
    editorialLine: {
      overrides: {
        targets: {
          hooks: {
            afterChange: [
              async ({ context, doc, req }) => {
                if (String(doc.slug).endsWith('-copie')) return // the copy's own save
                const data = {
                  name: `Copie de ${doc.name}`,
                  slug: `${doc.slug}-copie`,
                  mixGroup: doc.mixGroup,
                }
                // The mistake under test: a write from a hook without the hook's `req`.
                if (context.writeWithoutReq) await req.payload.create({ collection: 'targets', data })
                // The right way: the same write, joining the save's transaction.
                if (context.writeWithReq) await req.payload.create({ collection: 'targets', data, req })
              },
            ],
          },
        },
      },
    },
  }))
  await seedForPosts({ payload })
})
afterAll(async () => stop?.())

describe(`a write from a hook (${testDatabaseKind()})`, () => {
  it('without the hook’s req fails at once, naming the fix, and the save writes nothing', async () => {
    const before = (await payload.count({ collection: 'targets' })).totalDocs
    await expect(
      payload.create({
        collection: 'targets',
        data: { name: 'Formateurs', slug: 'formateurs', mixGroup: 'autres' },
        context: { writeWithoutReq: true },
      }),
    ).rejects.toThrow(REENTRY_MESSAGE)
    // Waiting instead would end in the semaphore's own error after 60 s, not in this message.
    expect((await payload.count({ collection: 'targets' })).totalDocs).toBe(before)
  })

  it('with the hook’s req joins the save', async () => {
    const before = (await payload.count({ collection: 'targets' })).totalDocs
    await payload.create({
      collection: 'targets',
      data: { name: 'Tuteurs', slug: 'tuteurs', mixGroup: 'autres' },
      context: { writeWithReq: true },
    })
    expect((await payload.count({ collection: 'targets' })).totalDocs).toBe(before + 2)
  })
})
