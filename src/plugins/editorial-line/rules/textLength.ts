/**
 * Characters as a reader counts them (and LinkedIn's 3,000 does): code points, so that an emoji or an
 * accented letter typed as one counts once, not as the two UTF-16 units JavaScript's `length` gives.
 */
export const textLength = (text: string) => [...text].length
