import type { CollectionAfterReadHook } from 'payload'

import { absoluteUrl } from './absoluteUrl.js'

/**
 * Gives a media document's `url` and each size's an origin, so that a consumer (a publishing bot,
 * a calendar) can fetch them as they come: the config's `serverURL` when the host sets one (Payload
 * then writes it already), else the origin the request came to.
 */
export const absoluteMediaUrls: CollectionAfterReadHook = ({ doc, req }) => {
  const origin = req.payload.config.serverURL || req.origin
  if (!origin || !doc) return doc
  const sizes = doc.sizes as Record<string, { url?: null | string }> | undefined
  return {
    ...doc,
    ...(typeof doc.url === 'string' ? { url: absoluteUrl({ url: doc.url, origin }) } : {}),
    ...(sizes
      ? {
          sizes: Object.fromEntries(
            Object.entries(sizes).map(([name, size]) => [
              name,
              size && typeof size.url === 'string'
                ? { ...size, url: absoluteUrl({ url: size.url, origin }) }
                : size,
            ]),
          ),
        }
      : {}),
  }
}
