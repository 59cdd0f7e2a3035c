import { normalize } from 'nlcst-normalize'

import { foldAccents, parseCopy } from './parseCopy.js'

/** A term of a copy rule, read once: as written, and as the folded words the matcher compares. */
export type CopyTerm = {
  /** The line as the admin wrote it, trimmed: what findings quote, and a name's right spelling. */
  written: string
  /** Folded words (see `parseCopy`); with `prefix`, the last one is the start of a word. */
  words: string[]
  /** Written with a final `*`: "abonn*" finds "abonnez", "abonnement". */
  prefix: boolean
}

/** The most terms one row holds: a sales vocabulary is tens of words; 1,000 is a pasted dictionary. */
export const MAX_COPY_TERMS = 200
/** The longest term: a phrase, not a paragraph. */
export const MAX_COPY_TERM_LENGTH = 100
/** The longest `terms` textarea: every term at its longest, one a line. */
export const MAX_COPY_TERMS_LENGTH = MAX_COPY_TERMS * (MAX_COPY_TERM_LENGTH + 1)

export type CopyTermsProblem =
  | { key: 'copyTermEmpty'; vars: { line: number } }
  | { key: 'copyTermNoWord'; vars: { line: number; term: string } }
  | { key: 'copyTermTooLong'; vars: { line: number; max: number } }
  | { key: 'copyTermsTooMany'; vars: { count: number; max: number } }
  | { key: 'copyTermsTooLong'; vars: { max: number } }
  | { key: 'copyTermsRequired' }

/**
 * The terms of a copy rule's textarea, one a line (blank lines around them ignored), or what is wrong
 * with them: an empty line between terms, a term with no word (only punctuation, or a lone `*`), a
 * term too long, too many terms. The validator of the field and the rule read terms with it, so a rule
 * never runs on terms the field would refuse.
 */
export const copyTerms = ({
  text,
}: {
  text: null | string | undefined
}): { terms: CopyTerm[]; problem?: CopyTermsProblem } => {
  const value = text ?? ''
  // Every save reads the same rows of the line: their terms are read once.
  const known = read.get(value)
  if (known) return known
  const result = readTerms(value)
  if (read.size >= MAX_REMEMBERED) read.delete(read.keys().next().value!)
  read.set(value, result)
  return result
}

/** Rows remembered: a line has a few; the oldest is forgotten first. */
const MAX_REMEMBERED = 200
const read = new Map<string, { terms: CopyTerm[]; problem?: CopyTermsProblem }>()

/** A term of one word of letters and digits is its folded self, without a parser's round trip. */
const SIMPLE = /^[\p{L}\p{N}]+$/u

const readTerms = (value: string): { terms: CopyTerm[]; problem?: CopyTermsProblem } => {
  if (value.length > MAX_COPY_TERMS_LENGTH)
    return { terms: [], problem: { key: 'copyTermsTooLong', vars: { max: MAX_COPY_TERMS_LENGTH } } }
  const lines = value
    .replace(/\r\n?/g, '\n')
    .replace(/^\s*\n|\n\s*$/g, '')
    .split('\n')
  const written = value.trim() === '' ? [] : lines
  if (written.length > MAX_COPY_TERMS)
    return {
      terms: [],
      problem: { key: 'copyTermsTooMany', vars: { count: written.length, max: MAX_COPY_TERMS } },
    }
  const terms: CopyTerm[] = []
  for (const [index, raw] of written.entries()) {
    const line = index + 1
    const term = raw.trim()
    if (term === '') return { terms: [], problem: { key: 'copyTermEmpty', vars: { line } } }
    if (term.length > MAX_COPY_TERM_LENGTH)
      return { terms: [], problem: { key: 'copyTermTooLong', vars: { line, max: MAX_COPY_TERM_LENGTH } } }
    const prefix = term.endsWith('*')
    const bare = prefix ? term.slice(0, -1) : term
    const words = SIMPLE.test(bare)
      ? [normalize(foldAccents(bare))]
      : parseCopy({ text: bare }).words.map((word) => word.folded)
    if (words.length === 0 || words.some((word) => word === '' || word.includes('*')))
      return { terms: [], problem: { key: 'copyTermNoWord', vars: { line, term } } }
    terms.push({ written: term, words, prefix })
  }
  return { terms }
}
