/** What a media file is, as the format requirements count it. */
export type MediaKind = 'image' | 'document' | 'video'

export const MEDIA_KINDS = ['image', 'document', 'video'] as const satisfies readonly MediaKind[]

/** The file types the library takes, by the MIME type read from the content, and the kind of each. */
export const MEDIA_MIME_KINDS = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
  'application/pdf': 'document',
  'video/mp4': 'video',
} as const satisfies Record<string, MediaKind>

export type MediaMimeType = keyof typeof MEDIA_MIME_KINDS

export const MEDIA_MIME_TYPES = Object.keys(MEDIA_MIME_KINDS) as MediaMimeType[]

/** The image sizes Payload makes with sharp: a thumbnail for the admin, the width of a feed. */
export const MEDIA_IMAGE_SIZES = [
  { name: 'thumbnail', width: 400 },
  { name: 'feed', width: 1200 },
] as const
