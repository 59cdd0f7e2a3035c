import type { PayloadRequest } from 'payload'

import { usableTimezone } from '../time/usableTimezone.js'
import { pluginSettings, pluginSlugs } from '../options/pluginSettings.js'

/** The plan's rows: the month, then each group's percentage under the group's value. */
export type StoredPlan = {
  startMonth?: null | string
  timezone: string
  activeClients?: null | number
  mixTolerance?: null | number
  mix?: null | ({ month: string } & { [group: string]: null | number | string | undefined })[]
}

/**
 * The editorial plan, as every reader needs it: its timezone always usable (the plugin's `timezone`
 * option when the plan holds none, or one this runtime cannot use).
 */
export const loadPlan = async ({ req }: { req: PayloadRequest }): Promise<StoredPlan> => {
  const plan = (await req.payload.findGlobal({
    slug: pluginSlugs({ payload: req.payload }).editorialPlan,
    depth: 0,
    req,
  })) as unknown as Omit<StoredPlan, 'timezone'> & { timezone?: unknown }
  return {
    ...plan,
    timezone: usableTimezone({
      timezone: plan.timezone,
      fallback: pluginSettings({ payload: req.payload }).timezone,
    }),
  }
}
