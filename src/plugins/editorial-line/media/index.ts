export type { MediaKind, MediaMimeType } from './mediaKinds.js'
export { MEDIA_IMAGE_SIZES, MEDIA_KINDS, MEDIA_MIME_KINDS, MEDIA_MIME_TYPES } from './mediaKinds.js'
export { createMediaCollection, withMediaLibrary } from './createMediaCollection.js'
