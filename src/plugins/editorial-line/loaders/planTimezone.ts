import type { DefaultValue } from 'payload'

import { isTimezone } from '../validators/timezone.js'

/**
 * A field default that reads the plan's timezone, so that a new post's form opens in the zone the
 * server will keep (the plugin's `timezone` option while the plan holds none it can use).
 */
export const planTimezone =
  ({ fallback }: { fallback: string }): DefaultValue =>
  async ({ req }) => {
    const plan = (await req.payload.findGlobal({
      slug: 'editorial-plan',
      depth: 0,
      select: { timezone: true },
      req,
      overrideAccess: true,
    })) as { timezone?: unknown }
    return isTimezone(plan?.timezone) ? plan.timezone : fallback
  }
