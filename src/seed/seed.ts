import type { Payload, PayloadRequest, Where } from 'payload'

import type { Target } from '../payload-types'

import { mix, plan, type PhaseSeed, type TargetSeed, targets, type TimingSeed } from './journeys'

export type SeedReport = {
  targets: number
  phases: number
  messages: number
  plan: boolean
}

const timingData = (timing: TimingSeed = {}) => ({
  days: timing.days ?? [],
  start: timing.start,
  end: timing.end,
  maxPostsPerMonth: timing.maxPostsPerMonth,
  note: timing.note,
})

const targetData = (target: TargetSeed) => ({
  slug: target.slug,
  name: target.name,
  mixGroup: target.mixGroup,
  context: target.context,
  timing: timingData(target.timing),
  gate: target.gate ?? {},
  tone: target.tone,
  approach: {
    dos: (target.approach?.dos ?? []).map((text) => ({ text })),
    donts: (target.approach?.donts ?? []).map((text) => ({ text })),
  },
})

const phaseData = (phase: PhaseSeed, target: Target['id']) => ({
  target,
  key: phase.key,
  name: phase.name,
  order: phase.order,
  months: phase.months,
  clientState: phase.clientState,
  emotion: phase.emotion,
  questions: (phase.questions ?? []).map((question) => ({ question })),
  priorityContent: phase.priorityContent,
  formats: phase.formats ?? [],
  timing: timingData(phase.timing),
  objective: phase.objective,
  tone: phase.tone,
})

/**
 * Loads QALIA's editorial line: every target, phase and key message of the customer's document
 * and the plan with its monthly mix. Idempotent: what exists already (found by target slug, by
 * target and journey step, by message key; a plan that has a mix) is left exactly as it is, so
 * admin edits survive a second run.
 */
export const seedEditorialLine = async ({
  payload,
  req,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
}) => {
  const created: SeedReport = { targets: 0, phases: 0, messages: 0, plan: false }
  const findOne = async (collection: 'messages' | 'phases' | 'targets', where: Where) => {
    const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false, req })
    return docs[0]
  }

  for (const target of targets) {
    let targetDoc = await findOne('targets', { slug: { equals: target.slug } })
    if (!targetDoc) {
      targetDoc = await payload.create({ collection: 'targets', data: targetData(target), req })
      created.targets++
    }
    for (const phase of target.phases) {
      let phaseDoc = await findOne('phases', { target: { equals: targetDoc.id }, key: { equals: phase.key } })
      if (!phaseDoc) {
        phaseDoc = await payload.create({ collection: 'phases', data: phaseData(phase, targetDoc.id), req })
        created.phases++
      }
      for (const message of phase.messages) {
        if (await findOne('messages', { seedKey: { equals: message.key } })) continue
        await payload.create({
          collection: 'messages',
          data: {
            text: message.text,
            phase: phaseDoc.id,
            status: message.status ?? 'active',
            seedKey: message.key,
          },
          req,
        })
        created.messages++
      }
    }
  }

  const current = await payload.findGlobal({ slug: 'editorial-plan', depth: 0, req })
  if (!current.mix?.length) {
    await payload.updateGlobal({
      slug: 'editorial-plan',
      data: {
        startMonth: current.startMonth ?? plan.startMonth,
        timezone: current.timezone ?? plan.timezone,
        activeClients: current.activeClients ?? plan.activeClients,
        mixTolerance: current.mixTolerance ?? plan.mixTolerance,
        mix,
      },
      req,
    })
    created.plan = true
  }
  return created
}
