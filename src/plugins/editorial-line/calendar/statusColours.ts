import type { PostStatus } from '../constants.js'

/** Badge colours of each post status: dark text on a light tint, readable in light and dark themes. */
export const STATUS_COLOURS: Record<PostStatus, { text: string; background: string }> = {
  draft: { text: '#37474f', background: '#eceff1' },
  in_review: { text: '#7a3f00', background: '#fff1d6' },
  changes_requested: { text: '#a31515', background: '#fdecea' },
  approved: { text: '#1b5e20', background: '#e6f4e7' },
  published: { text: '#0d47a1', background: '#e3f0fd' },
}
