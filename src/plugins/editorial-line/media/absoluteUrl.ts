/** A URL with an origin: a path gets `origin`'s; a URL that has one keeps it. */
export const absoluteUrl = ({ url, origin }: { url: string; origin: string }): string =>
  new URL(url, origin.endsWith('/') ? origin : `${origin}/`).toString()
