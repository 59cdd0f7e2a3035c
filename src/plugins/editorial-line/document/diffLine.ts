import type { MixGroupOption } from '../mix/groups.js'
import type {
  ChannelSeed,
  EditorialLineData,
  MixSeed,
  PhaseSeed,
  TargetSeed,
} from '../seed/editorialLineData.js'
import type {
  DocumentChannel,
  DocumentLine,
  DocumentPhase,
  DocumentTarget,
  StoredLine,
  StoredMessage,
  StoredPhase,
  StoredTarget,
} from './documentLine.js'

import { PHASE_KEYS, type MessageStatus, type PhaseKey } from '../constants.js'
import { foldWords } from '../seed/documentReadings.js'

export const PLAN_KEY = 'editorial-plan'

export type LineChange = {
  action: 'absent' | 'create' | 'update'
  collection: 'channels' | 'editorial-plan' | 'messages' | 'phases' | 'targets'
  /** `of`, `of.awareness`, `of.awareness.2` (the message's place in the document), `editorial-plan`. */
  key: string
  field?: string
  from?: unknown
  to?: unknown
}

/**
 * A write the import makes, in order: channels, targets, then their phases, then key messages, then
 * the plan.
 */
export type LineWrite =
  | { kind: 'createChannel'; data: ChannelSeed }
  | { kind: 'updateChannel'; id: number | string; data: ChannelSeed; fields: string[] }
  | {
      kind: 'createMessage'
      target: string
      phase: PhaseKey
      data: { text: string; status: MessageStatus; seedKey?: string }
    }
  | { kind: 'createPhase'; target: string; data: PhaseSeed }
  | { kind: 'createTarget'; data: TargetSeed }
  | { kind: 'updateMessage'; id: number | string; data: { text: string; status: MessageStatus } }
  | { kind: 'updatePhase'; id: number | string; data: PhaseSeed; fields: string[] }
  | { kind: 'updatePlan'; data: Partial<EditorialLineData['plan']> & { mix?: MixSeed[] } }
  | { kind: 'updateTarget'; id: number | string; data: TargetSeed; fields: string[] }

export type LineDiff = {
  created: number
  updated: number
  unchanged: number
  changes: LineChange[]
  writes: LineWrite[]
}

const TARGET_PATHS = [
  'name',
  'mixGroup',
  'context',
  'timing.days',
  'timing.start',
  'timing.end',
  'gate.fromMonth',
  'gate.prerequisite',
  'gate.prerequisiteMet',
  'gate.activeClientsAbove',
  'tone',
  'approach.dos',
  'approach.donts',
  'copyRules',
  'channels',
]

const CHANNEL_PATHS = [
  'name',
  'active',
  'formats',
  'maxLength',
  'timing.days',
  'timing.start',
  'timing.end',
  'maxPostsPerMonth',
  'formatRequirements',
]

const PHASE_PATHS = [
  'name',
  'order',
  'months.from',
  'months.to',
  'clientState',
  'emotion',
  'questions',
  'priorityContent',
  'formats',
  'timing.days',
  'timing.start',
  'timing.end',
  'timing.maxPostsPerMonth',
  'timing.note',
  'objective',
  'tone',
  'copyRules',
  'channels',
]

const PLAN_FIELDS = ['startMonth', 'timezone', 'activeClients', 'mixTolerance'] as const

const get = (record: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as never)[key] : undefined),
      record,
    )

const set = (record: Record<string, unknown>, path: string, value: unknown) => {
  const keys = path.split('.')
  let node = record
  for (const key of keys.slice(0, -1)) {
    node[key] = { ...((node[key] as Record<string, unknown>) ?? {}) }
    node = node[key] as Record<string, unknown>
  }
  node[keys.at(-1)!] = value
}

/** Empty text, an empty list, no value and `null` are one thing; lists compare item by item. */
const normal = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value) && value.length === 0) return null
  if (Array.isArray(value)) return JSON.stringify(value)
  return value
}

const same = (a: unknown, b: unknown) => normal(a) === normal(b)

/** `null` (stated empty) is stored as no value. */
const stored = (value: unknown) => (value === null ? undefined : value)

/**
 * The `paths` where the document's record differs from the stored one, each noted in `changes`, and
 * the stored record with them applied; `null` when nothing differs.
 */
const applyDifferences = <T>({
  paths,
  incoming,
  existing,
  collection,
  key,
  changes,
}: {
  paths: readonly string[]
  incoming: unknown
  existing: T
  collection: LineChange['collection']
  key: string
  changes: LineChange[]
}): null | { merged: T; fields: string[] } => {
  const differing = paths.filter(
    (path) => get(incoming, path) !== undefined && !same(get(incoming, path), get(existing, path)),
  )
  if (differing.length === 0) return null
  const merged = structuredClone(existing) as unknown as Record<string, unknown>
  for (const path of differing) {
    changes.push({
      action: 'update',
      collection,
      key,
      field: path,
      from: normal(get(existing, path)) === null ? null : get(existing, path),
      to: get(incoming, path),
    })
    set(merged, path, stored(get(incoming, path)))
  }
  // A write names the top-level fields it changes.
  return {
    merged: merged as unknown as T,
    fields: [...new Set(differing.map((path) => path.split('.')[0]!))],
  }
}

const phaseTitle = (key: PhaseKey) => key.charAt(0).toUpperCase() + key.slice(1)

/**
 * What importing `incoming` into the line `current` changes, field by field, and the writes that make
 * it so. Only what the document states is compared; something new takes, for what the document does
 * not state, the seed's reading (`defaults`: the host's `line` option). Nothing the document leaves out is deleted:
 * it is listed as `absent`.
 */
export const diffLine = ({
  current,
  incoming,
  defaults,
  groups,
}: {
  current: StoredLine
  incoming: DocumentLine
  defaults: EditorialLineData
  groups: readonly MixGroupOption[]
}): LineDiff => {
  const changes: LineChange[] = []
  const writes: LineWrite[] = []
  let unchanged = 0
  let updated = 0

  // The channels first: the targets and phases below name them by slug.
  for (const channel of incoming.channels ?? []) {
    const existing = current.channels?.find((candidate) => candidate.slug === channel.slug)
    const data = channelSeed(channel)
    if (!existing) {
      changes.push({ action: 'create', collection: 'channels', key: channel.slug, to: channel.name })
      writes.push({ kind: 'createChannel', data })
      continue
    }
    const difference = applyDifferences({
      paths: CHANNEL_PATHS,
      incoming: data,
      existing,
      collection: 'channels',
      key: channel.slug,
      changes,
    })
    if (difference) {
      updated++
      const { id: _, ...merged } = difference.merged
      writes.push({ kind: 'updateChannel', id: existing.id!, data: merged, fields: difference.fields })
    } else unchanged++
  }
  if (incoming.channels) {
    for (const channel of current.channels ?? []) {
      if (!incoming.channels.some((candidate) => candidate.slug === channel.slug)) {
        changes.push({ action: 'absent', collection: 'channels', key: channel.slug, from: channel.name })
      }
    }
  }

  for (const target of incoming.targets) {
    const existing = current.targets.find((candidate) => candidate.slug === target.slug)
    const preset = defaults.targets.find((candidate) => candidate.slug === target.slug)
    let record: StoredTarget
    if (!existing) {
      record = newTarget({ target, preset, groups })
      changes.push({ action: 'create', collection: 'targets', key: target.slug, to: record.name })
      const { phases: _, id: __, ...data } = record
      writes.push({ kind: 'createTarget', data: { ...data, phases: [] } })
    } else {
      record = existing
      const difference = applyDifferences({
        paths: TARGET_PATHS,
        incoming: target,
        existing,
        collection: 'targets',
        key: target.slug,
        changes,
      })
      if (difference) {
        updated++
        const { phases: _, id: __, ...data } = difference.merged
        writes.push({
          kind: 'updateTarget',
          id: existing.id!,
          data: { ...data, phases: [] },
          fields: difference.fields,
        })
      } else unchanged++
    }

    for (const phase of target.phases) {
      const phaseKey = `${target.slug}.${phase.key}`
      const existingPhase = existing?.phases.find((candidate) => candidate.key === phase.key)
      const presetPhase = preset?.phases.find((candidate) => candidate.key === phase.key)
      let messages: StoredMessage[] = existingPhase?.messages ?? []
      if (!existingPhase) {
        const created = newPhase({ phase, preset: presetPhase, target: record })
        changes.push({ action: 'create', collection: 'phases', key: phaseKey, to: created.name })
        const { messages: _, ...data } = created
        writes.push({ kind: 'createPhase', target: target.slug, data: { ...data, messages: [] } })
        messages = []
      } else {
        const difference = applyDifferences({
          paths: PHASE_PATHS,
          incoming: phase,
          existing: existingPhase,
          collection: 'phases',
          key: phaseKey,
          changes,
        })
        if (difference) {
          updated++
          const { messages: _, id: __, ...data } = difference.merged
          writes.push({
            kind: 'updatePhase',
            id: existingPhase.id!,
            data: { ...data, messages: [] },
            fields: difference.fields,
          })
        } else unchanged++
      }

      // The key messages the document lists; a new phase it lists none for gets the seed's.
      const listed =
        phase.messages ??
        (!existingPhase
          ? (presetPhase?.messages ?? []).map((message) => ({
              ...message,
              status: message.status ?? 'active',
              line: 0,
            }))
          : undefined)
      if (!listed) continue
      const takenKeys = new Set(
        current.targets.flatMap((t) => t.phases.flatMap((p) => p.messages.map((m) => m.key)).filter(Boolean)),
      )
      const unmatched = [...messages]
      const plan: { index: number; match?: StoredMessage }[] = listed.map((message, index) => {
        const at = unmatched.findIndex((candidate) => candidate.text === message.text)
        return at >= 0 ? { index, match: unmatched.splice(at, 1)[0] } : { index }
      })
      for (const entry of plan) {
        if (entry.match) continue
        const seedKey = `${phaseKey}.${entry.index + 1}`
        const at = unmatched.findIndex((candidate) => candidate.key === seedKey)
        if (at >= 0) entry.match = unmatched.splice(at, 1)[0]
      }
      for (const { index, match } of plan) {
        const message = listed[index]
        const key = `${phaseKey}.${index + 1}`
        if (!match) {
          const presetKey = 'key' in message && typeof message.key === 'string' ? message.key : key
          const seedKey = takenKeys.has(presetKey) ? undefined : presetKey
          if (seedKey) takenKeys.add(seedKey)
          changes.push({ action: 'create', collection: 'messages', key, to: message.text })
          writes.push({
            kind: 'createMessage',
            target: target.slug,
            phase: phase.key,
            data: { text: message.text, status: message.status, ...(seedKey ? { seedKey } : {}) },
          })
          continue
        }
        const fields = (['text', 'status'] as const).filter((field) => match[field] !== message[field])
        if (fields.length === 0) {
          unchanged++
          continue
        }
        updated++
        for (const field of fields) {
          changes.push({
            action: 'update',
            collection: 'messages',
            key,
            field,
            from: match[field],
            to: message[field],
          })
        }
        writes.push({
          kind: 'updateMessage',
          id: match.id!,
          data: { text: message.text, status: message.status },
        })
      }
      for (const message of unmatched) {
        changes.push({
          action: 'absent',
          collection: 'messages',
          key: message.key ?? phaseKey,
          from: message.text,
        })
      }
    }
    for (const phase of existing?.phases ?? []) {
      if (!target.phases.some((candidate) => candidate.key === phase.key)) {
        changes.push({
          action: 'absent',
          collection: 'phases',
          key: `${target.slug}.${phase.key}`,
          from: phase.name,
        })
      }
    }
  }
  for (const target of current.targets) {
    if (!incoming.targets.some((candidate) => candidate.slug === target.slug)) {
      changes.push({ action: 'absent', collection: 'targets', key: target.slug, from: target.name })
    }
  }

  // The plan: its settings, and the monthly mix row by row. A plan with no mix yet is new: what the
  // document does not state comes from the seed, as `npm run seed` sets it.
  const planIsNew = current.mix.length === 0
  const planData: Partial<EditorialLineData['plan']> & { mix?: MixSeed[] } = {}
  const planChanges: LineChange[] = []
  for (const field of PLAN_FIELDS) {
    const value =
      incoming.plan[field] ?? (planIsNew ? (current.plan[field] ?? defaults.plan[field]) : undefined)
    if (value === undefined || same(value, current.plan[field])) continue
    planChanges.push({
      action: 'update',
      collection: PLAN_KEY,
      key: PLAN_KEY,
      field,
      from: current.plan[field] ?? null,
      to: value,
    })
    ;(planData as Record<string, unknown>)[field] = value
  }
  // Copy rules (issue #28): a document states none for the plan. A plan getting its first mix rows
  // from it is the seed's plan, whose copy rules it then takes, as `npm run seed` sets them.
  if (planIsNew && incoming.mix?.length && !current.plan.copyRules && defaults.plan.copyRules?.length) {
    planChanges.push({
      action: 'update',
      collection: PLAN_KEY,
      key: PLAN_KEY,
      field: 'copyRules',
      from: null,
      to: defaults.plan.copyRules,
    })
    planData.copyRules = defaults.plan.copyRules
  }
  const rows: MixSeed[] | undefined =
    incoming.mix?.map(({ line: _, ...row }) => row) ?? (planIsNew ? defaults.mix : undefined)
  if (rows) {
    const groupValues = groups.map((group) => group.value)
    const shares = (row: MixSeed | undefined) =>
      row ? Object.fromEntries(groupValues.map((group) => [group, Number(row[group] ?? 0)])) : null
    const mix = current.mix.map((row) => ({ ...row }))
    for (const row of rows) {
      const at = mix.findIndex((candidate) => candidate.month === row.month)
      const before = shares(mix[at])
      const after = shares(row)!
      if (before && JSON.stringify(before) === JSON.stringify(after)) continue
      planChanges.push({
        action: 'update',
        collection: PLAN_KEY,
        key: PLAN_KEY,
        field: `mix.${row.month}`,
        from: before,
        to: after,
      })
      if (at >= 0) mix[at] = { month: row.month, ...after }
      else mix.push({ month: row.month, ...after })
    }
    for (const row of current.mix) {
      if (!rows.some((candidate) => candidate.month === row.month)) {
        changes.push({
          action: 'absent',
          collection: PLAN_KEY,
          key: PLAN_KEY,
          field: `mix.${row.month}`,
          from: shares(row),
        })
      }
    }
    if (planChanges.some((change) => change.field?.startsWith('mix.'))) {
      planData.mix = mix.sort((a, b) => a.month.localeCompare(b.month))
    }
  }
  if (planChanges.length > 0) {
    updated++
    changes.push(...planChanges)
    writes.push({ kind: 'updatePlan', data: planData })
  } else unchanged++

  return {
    created: changes.filter((change) => change.action === 'create').length,
    updated,
    unchanged,
    changes,
    writes,
  }
}

/** A channel row as the seed writes one: `null` (an export's "—") as no value. */
const channelSeed = ({ line: _, maxLength, maxPostsPerMonth, timing, ...channel }: DocumentChannel): ChannelSeed => ({
  ...channel,
  maxLength: maxLength ?? undefined,
  maxPostsPerMonth: maxPostsPerMonth ?? undefined,
  timing: { days: timing.days, start: timing.start ?? undefined, end: timing.end ?? undefined },
})

/** A target the document names and the line lacks: the seed's reading of it, then what the document states. */
const newTarget = ({
  target,
  preset,
  groups,
}: {
  target: DocumentTarget
  preset?: TargetSeed
  groups: readonly MixGroupOption[]
}): StoredTarget => {
  // A new target's group, when nothing says it: the group named like it, else the last ("Autres").
  const group =
    groups.find((candidate) => foldWords(candidate.value) === foldWords(target.slug))?.value ??
    groups.at(-1)?.value ??
    ''
  const record = structuredClone({
    ...(preset ?? { slug: target.slug, name: target.headingName, mixGroup: group, timing: {} }),
    phases: [],
  }) as unknown as Record<string, unknown>
  for (const path of TARGET_PATHS) {
    if (get(target, path) !== undefined) set(record, path, stored(get(target, path)))
  }
  return record as unknown as StoredTarget
}

const newPhase = ({
  phase,
  preset,
  target,
}: {
  phase: DocumentPhase
  preset?: PhaseSeed
  target: StoredTarget
}): StoredPhase => {
  const record = structuredClone(
    preset ?? {
      key: phase.key,
      name: `${target.name} — ${phaseTitle(phase.key)}`,
      order: PHASE_KEYS.indexOf(phase.key) + 1,
      months: { from: target.gate?.fromMonth ?? 1 },
      messages: [],
    },
  ) as unknown as Record<string, unknown>
  for (const path of PHASE_PATHS) {
    if (get(phase, path) !== undefined) set(record, path, stored(get(phase, path)))
  }
  return { ...(record as unknown as StoredPhase), messages: [] }
}
