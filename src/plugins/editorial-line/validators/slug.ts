const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Lowercase ASCII letters and digits, words joined by single dashes: `of`, `short-video`. */
export const isSlug = (value: unknown): value is string => typeof value === 'string' && SLUG.test(value)
