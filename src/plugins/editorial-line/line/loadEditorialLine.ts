import type { PayloadRequest } from 'payload'

import { copyRulesSeed, formatRequirementsSeed } from '../seed/lineRecords.js'
import type { StoredLine, StoredPhase, StoredTarget } from '../document/documentLine.js'
import type { MixSeed } from '../seed/editorialLineData.js'

import type { PluginSlugs } from '../options/slugs.js'

import { pluginSlugs } from '../options/pluginSettings.js'

type Row = Record<string, any>

const texts = (rows: unknown, field: string): string[] =>
  Array.isArray(rows) ? rows.map((row: Row) => row?.[field]).filter((text) => typeof text === 'string') : []

/**
 * The whole editorial line in the seed's shape: targets in the order they were made, each with its
 * phases in journey order and their key messages, and the plan with its mix. Read as the caller's
 * request (inside its transaction), with access already checked by the endpoint.
 */
export const loadEditorialLine = async ({ req }: { req: PayloadRequest }): Promise<StoredLine> => {
  const slugs = pluginSlugs({ payload: req.payload })
  const find = async (
    collection: PluginSlugs['channels' | 'messages' | 'phases' | 'targets'],
    sort: string[],
  ) =>
    (await req.payload.find({ collection, depth: 0, pagination: false, sort, req, overrideAccess: true }))
      .docs as unknown as Row[]
  const [channelRows, targetRows, phaseRows, messageRows] = [
    await find(slugs.channels, ['createdAt', 'id']),
    await find(slugs.targets, ['createdAt', 'id']),
    await find(slugs.phases, ['order', 'createdAt', 'id']),
    await find(slugs.messages, ['createdAt', 'id']),
  ]
  const plan = (await req.payload.findGlobal({
    slug: slugs.editorialPlan,
    depth: 0,
    req,
    overrideAccess: true,
  })) as Row

  const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as Row).id : value)
  // Targets and phases name their channels by slug, as the seed and the document do.
  const channelSlugs = (ids: unknown): string[] =>
    (Array.isArray(ids) ? ids : []).flatMap((id) => {
      const channel = channelRows.find((row) => row.id === idOf(id))
      return channel ? [channel.slug as string] : []
    })
  const phasesOf = (target: Row): StoredPhase[] =>
    phaseRows
      .filter((phase) => idOf(phase.target) === target.id)
      .map((phase) => ({
        id: phase.id,
        key: phase.key,
        name: phase.name,
        order: phase.order,
        months: { from: phase.months?.from, to: phase.months?.to ?? undefined },
        clientState: phase.clientState ?? undefined,
        emotion: phase.emotion ?? undefined,
        questions: texts(phase.questions, 'question'),
        priorityContent: phase.priorityContent ?? undefined,
        formats: phase.formats ?? [],
        timing: {
          days: phase.timing?.days ?? [],
          start: phase.timing?.start ?? undefined,
          end: phase.timing?.end ?? undefined,
          maxPostsPerMonth: phase.timing?.maxPostsPerMonth ?? undefined,
          note: phase.timing?.note ?? undefined,
        },
        objective: phase.objective ?? undefined,
        tone: phase.tone ?? undefined,
        copyRules: copyRulesSeed(phase.copyRules),
        channels: channelSlugs(phase.channels),
        messages: messageRows
          .filter((message) => idOf(message.phase) === phase.id)
          .map((message) => ({
            id: message.id,
            key: message.seedKey ?? null,
            text: message.text,
            status: message.status,
          })),
      }))
  const targets: StoredTarget[] = targetRows.map((target) => ({
    id: target.id,
    slug: target.slug,
    name: target.name,
    mixGroup: target.mixGroup,
    context: target.context ?? undefined,
    timing: {
      days: target.timing?.days ?? [],
      start: target.timing?.start ?? undefined,
      end: target.timing?.end ?? undefined,
    },
    gate: {
      fromMonth: target.gate?.fromMonth ?? undefined,
      prerequisite: target.gate?.prerequisite ?? undefined,
      prerequisiteMet: target.gate?.prerequisiteMet ?? false,
      activeClientsAbove: target.gate?.activeClientsAbove ?? undefined,
    },
    tone: target.tone ?? undefined,
    copyRules: copyRulesSeed(target.copyRules),
    approach: { dos: texts(target.approach?.dos, 'text'), donts: texts(target.approach?.donts, 'text') },
    channels: channelSlugs(target.channels),
    phases: phasesOf(target),
  }))
  const mix = ((plan.mix ?? []) as Row[]).map(({ id: _, ...row }) => row as MixSeed)
  const channels = channelRows.map((channel) => ({
    id: channel.id,
    slug: channel.slug,
    name: channel.name,
    active: channel.active ?? true,
    maxLength: channel.maxLength ?? undefined,
    formats: channel.formats ?? [],
    timing: {
      days: channel.timing?.days ?? [],
      start: channel.timing?.start ?? undefined,
      end: channel.timing?.end ?? undefined,
    },
    maxPostsPerMonth: channel.maxPostsPerMonth ?? undefined,
    formatRequirements: formatRequirementsSeed(channel.formatRequirements),
  }))
  return {
    channels,
    targets,
    mix,
    plan: {
      startMonth: plan.startMonth ?? undefined,
      timezone: plan.timezone ?? undefined,
      activeClients: plan.activeClients ?? undefined,
      mixTolerance: plan.mixTolerance ?? undefined,
      // None yet: a new plan then takes the seed's (`diffLine`).
      copyRules: (plan.copyRules as unknown[] | undefined)?.length
        ? copyRulesSeed(plan.copyRules)
        : undefined,
    },
  }
}
