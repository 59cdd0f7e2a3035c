import type { PayloadRequest } from 'payload'

import type { Id } from '../rules/types.js'
import type { SlotContext } from './loadSlotContext.js'

import { type NextSlots, searchSlots } from './nextSlots.js'
import { loadSlotMonth } from './loadSlotMonth.js'

/**
 * Runs the pure slot search (`searchSlots`) against the database: each month it asks about is read
 * only when the search gets there (`loadSlotMonth`), and reading stops once it has its slots.
 */
export const findNextSlots = async ({
  req,
  context,
  postId = null,
  ...search
}: { req: PayloadRequest; context: SlotContext; postId?: Id | null } & Omit<
  Parameters<typeof searchSlots>[0],
  keyof SlotContext
>): Promise<NextSlots> => {
  const steps = searchSlots({ ...context, ...search })
  let step = steps.next()
  while (!step.done) {
    step = steps.next(
      await loadSlotMonth({
        req,
        request: step.value,
        target: context.target.id,
        phase: context.phase.id,
        groupTargets: context.groupTargets,
        channel: context.channel?.maxPostsPerMonth != null ? context.channel.id : null,
        postId,
      }),
    )
  }
  return step.value
}
