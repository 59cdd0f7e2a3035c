import type { PayloadRequest } from 'payload'

import type { StoredLine } from './documentLine.js'
import type { LineWrite } from './diffLine.js'

import { pluginSlugs } from '../options/pluginSettings.js'
import type { ChannelSeed } from '../seed/editorialLineData.js'

import { channelData, copyRulesData, phaseData, targetData } from '../seed/lineRecords.js'

/**
 * Makes the writes of a document import, in order, as the caller's request: inside its transaction,
 * so that a failure of any one leaves the line as it was. Each record goes through Payload (hooks,
 * validation) as an admin's save in the admin would.
 */
export const writeLine = async ({
  req,
  writes,
  current,
  channels = [],
}: {
  req: PayloadRequest
  writes: LineWrite[]
  current: StoredLine
  /**
   * The host line's channels (its `line` option): a document names none, so a target or phase it
   * creates takes the line's channels (by slug), each created first when missing, as the seed does.
   */
  channels?: ChannelSeed[]
}): Promise<void> => {
  const { payload } = req
  const slugs = pluginSlugs({ payload })
  const channelIds: Record<string, number | string> = Object.fromEntries(
    (current.channels ?? []).flatMap((channel) => (channel.id === undefined ? [] : [[channel.slug, channel.id]])),
  )
  // The document's own channels first (an export's table): the targets and phases below name them.
  for (const write of writes) {
    if (write.kind === 'createChannel') {
      const doc = await payload.create({
        collection: slugs.channels,
        data: channelData(write.data) as never,
        req,
        overrideAccess: false,
      })
      channelIds[write.data.slug] = doc.id
    } else if (write.kind === 'updateChannel') {
      const data = channelData(write.data) as Record<string, unknown>
      await payload.update({
        collection: slugs.channels,
        id: write.id,
        data: Object.fromEntries(write.fields.map((field) => [field, data[field]])) as never,
        req,
        overrideAccess: false,
      })
    }
  }
  const named = new Set(
    writes.flatMap((write) =>
      write.kind === 'createTarget' ||
      write.kind === 'createPhase' ||
      write.kind === 'updateTarget' ||
      write.kind === 'updatePhase'
        ? (write.data.channels ?? [])
        : [],
    ),
  )
  for (const channel of channels) {
    if (!named.has(channel.slug) || channelIds[channel.slug] !== undefined) continue
    const doc = await payload.create({
      collection: slugs.channels,
      data: channelData(channel) as never,
      req,
      overrideAccess: false,
    })
    channelIds[channel.slug] = doc.id
  }
  const targetIds = new Map(current.targets.map((target) => [target.slug, target.id!]))
  const phaseIds = new Map(
    current.targets.flatMap((target) =>
      target.phases.map((phase) => [`${target.slug}.${phase.key}`, phase.id!]),
    ),
  )
  // The host's generated types pin its own groups and id type; Payload validates the data itself.
  const loose = (data: unknown) => data as never

  for (const write of writes) {
    if (write.kind === 'createTarget') {
      const doc = await payload.create({
        collection: slugs.targets,
        data: loose(targetData(write.data, channelIds)),
        req,
        overrideAccess: false,
      })
      targetIds.set(write.data.slug, doc.id)
    } else if (write.kind === 'updateTarget') {
      const data = targetData(write.data, channelIds) as Record<string, unknown>
      await payload.update({
        collection: slugs.targets,
        id: write.id,
        data: loose(Object.fromEntries(write.fields.map((field) => [field, data[field]]))),
        req,
        overrideAccess: false,
      })
    } else if (write.kind === 'createPhase') {
      const doc = await payload.create({
        collection: slugs.phases,
        data: loose(phaseData(write.data, targetIds.get(write.target)!, channelIds)),
        req,
        overrideAccess: false,
      })
      phaseIds.set(`${write.target}.${write.data.key}`, doc.id)
    } else if (write.kind === 'updatePhase') {
      const data = phaseData(write.data, 0, channelIds) as Record<string, unknown>
      await payload.update({
        collection: slugs.phases,
        id: write.id,
        data: loose(Object.fromEntries(write.fields.map((field) => [field, data[field]]))),
        req,
        overrideAccess: false,
      })
    } else if (write.kind === 'createMessage') {
      await payload.create({
        collection: slugs.messages,
        data: loose({ ...write.data, phase: phaseIds.get(`${write.target}.${write.phase}`) }),
        req,
        overrideAccess: false,
      })
    } else if (write.kind === 'updateMessage') {
      await payload.update({
        collection: slugs.messages,
        id: write.id,
        data: loose(write.data),
        req,
        overrideAccess: false,
      })
    } else if (write.kind === 'updatePlan') {
      const { copyRules, ...plan } = write.data
      await payload.updateGlobal({
        slug: slugs.editorialPlan,
        data: loose(copyRules ? { ...plan, copyRules: copyRulesData(copyRules) } : plan),
        req,
        overrideAccess: false,
      })
    }
  }
}
