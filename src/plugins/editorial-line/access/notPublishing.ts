import type { Access } from 'payload'

/** Refuses a save that would publish (Payload's admin asks this to show its Publish button). */
export const notPublishing: Access = ({ data }) =>
  (data as { _status?: unknown } | undefined)?._status !== 'published'
