import type { Payload, PayloadRequest, Where } from 'payload'

import type { EditorialLineData } from './editorialLineData.js'

import type { PluginSlugs } from '../options/slugs.js'

import { pluginSlugs } from '../options/pluginSettings.js'
import { channelData, copyRulesData, phaseData, targetData } from './lineRecords.js'

export type SeedReport = {
  channels: number
  targets: number
  phases: number
  messages: number
  plan: boolean
}

/**
 * Loads an editorial line (`qaliaEditorialLine`, or any line of its shape): its channels, every
 * target, phase and key message, and the plan with its monthly mix. Idempotent: what exists already (found by target
 * slug, by target and journey step, by message key; a plan that has a mix) is left exactly as it
 * is, so admin edits survive a second run.
 */
export const seedEditorialLine = async ({
  payload,
  line,
  req,
}: {
  payload: Payload
  line: EditorialLineData
  req?: Partial<PayloadRequest>
}): Promise<SeedReport> => {
  const { targets, mix, plan } = line
  const created: SeedReport = { channels: 0, targets: 0, phases: 0, messages: 0, plan: false }
  const slugs = pluginSlugs({ payload })
  const findOne = async (
    collection: PluginSlugs['channels' | 'messages' | 'phases' | 'targets'],
    where: Where,
  ) => {
    const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false, req })
    return docs[0]
  }

  // Channels first, found by slug: targets and phases name them.
  const channelIds: Record<string, number | string> = {}
  for (const channel of line.channels ?? []) {
    let channelDoc = await findOne(slugs.channels, { slug: { equals: channel.slug } })
    if (!channelDoc) {
      channelDoc = await payload.create({ collection: slugs.channels, data: channelData(channel) as never, req })
      created.channels++
    }
    channelIds[channel.slug] = channelDoc.id
  }

  for (const target of targets) {
    let targetDoc = await findOne(slugs.targets, { slug: { equals: target.slug } })
    if (!targetDoc) {
      // The host's generated types name its own groups; the line's data was checked against them by Payload.
      targetDoc = await payload.create({ collection: slugs.targets, data: targetData(target, channelIds) as never, req })
      created.targets++
    }
    for (const phase of target.phases) {
      let phaseDoc = await findOne(slugs.phases, {
        target: { equals: targetDoc.id },
        key: { equals: phase.key },
      })
      if (!phaseDoc) {
        phaseDoc = await payload.create({
          collection: slugs.phases,
          // A host's generated types pin the id type its database uses and its own formats; the
          // plugin takes either id, and Payload checks the formats against the declared ones.
          data: phaseData(phase, targetDoc.id as number, channelIds) as never,
          req,
        })
        created.phases++
      }
      for (const message of phase.messages) {
        if (await findOne(slugs.messages, { seedKey: { equals: message.key } })) continue
        await payload.create({
          collection: slugs.messages,
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

  const current = await payload.findGlobal({ slug: slugs.editorialPlan, depth: 0, req })
  if (!current.mix?.length) {
    await payload.updateGlobal({
      slug: slugs.editorialPlan,
      data: {
        startMonth: current.startMonth ?? plan.startMonth,
        timezone: current.timezone ?? plan.timezone,
        activeClients: current.activeClients ?? plan.activeClients,
        mixTolerance: current.mixTolerance ?? plan.mixTolerance,
        mix,
        copyRules: current.copyRules?.length ? current.copyRules : copyRulesData(plan.copyRules),
      },
      req,
    })
    created.plan = true
  }
  return created
}
