import type { MediaKind } from './mediaKinds.js'

/** What the server read from an uploaded file's content: its kind, and what the rules count. */
export type MediaFacts = {
  kind: MediaKind
  mimeType: string
  /** A PDF's page count. */
  pages?: number
  /** A video's duration, in seconds. */
  duration?: number
  width?: number
  height?: number
}

/** Where `inspectUpload` leaves the facts of the request's file for `setMediaFacts`. */
export const MEDIA_FACTS_CONTEXT = 'editorialLineMediaFacts'
