import type { Endpoint } from 'payload'

import { allowedChannels } from '../rules/allowedChannels.js'
import { relationId } from '../rules/relationId.js'
import { createSaveReads } from '../rules/saveReads.js'
import { refuseNonStaff } from '../http/refuseNonStaff.js'
import { isIdLike } from '../validators/inputShape.js'

/**
 * `GET /api/posts/channels?target=&phase=`: the channels a post of this target and phase may go out
 * on (the phase's, else the target's, else every active channel), in the line's order, with what the
 * editor needs of each (formats, maximum length, own slot). The post form's channel menu reads it.
 * The editorial team only.
 */
export const channelChoicesEndpoint: Endpoint = {
  path: '/channels',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonStaff({ req, loginKey: 'mixLoginRequired' })
    if (refused) return refused
    const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
    const param = (name: string) => {
      const value = req.searchParams.get(name)
      if (!value) return null
      const id = idType === 'number' ? Number(value) : value
      return isIdLike({ value: id, idType }) ? id : null
    }
    const reads = createSaveReads({ req })
    const [channels, targets, phase] = await Promise.all([reads.channels(), reads.targets(), reads.phase(param('phase'))])
    const targetId = param('target') ?? relationId(phase?.target)
    const target = targets.find((doc) => String(doc.id) === String(targetId)) ?? null
    const ids = (value: unknown) => (Array.isArray(value) ? value.map((item) => relationId(item)!) : [])
    const allowed = allowedChannels({
      channels,
      target: target && { channels: ids(target.channels) },
      phase: phase && { channels: ids(phase.channels) },
    })
    return Response.json({ channels: allowed })
  },
}
