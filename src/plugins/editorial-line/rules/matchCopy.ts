import { search } from 'nlcst-search'

import type { CopyTerm } from './copyTerms.js'

import { adjacentWords, type CopyWord, type ParsedCopy } from './parseCopy.js'

export type CopyKind = 'forbid' | 'formal' | 'require' | 'spelling'

/** Where a term was found in the text, as the writer typed it, with the words around it. */
export type CopyMatch = {
  /** The term of the rule (as written in the rule), or the informal word for `formal`. */
  term: string
  /** Offsets in the text checked (UTF-16 units, end excluded). */
  start: number
  end: number
  /** The text found, as written. */
  found: string
  /** A few words either side, "…" where the text goes on. */
  context: string
  /** The term found (`forbid`, `require`): tells apart rows searched together. */
  source?: CopyTerm
}

const CONTEXT_WORDS = 4
/** The second person singular: subject, stressed and object pronouns, possessives. */
const INFORMAL = ['tu', 'toi', 'te', 'ton', 'ta', 'tes']
/** "le ton", "un ton": the noun (the tone), not the possessive. */
const BEFORE_TONE_NOUN = new Set([
  'le',
  'un',
  'du',
  'au',
  'ce',
  'son',
  'mon',
  'notre',
  'votre',
  'leur',
  'quel',
  'meme',
  'bon',
])

/**
 * What a copy rule of `kind` finds in a parsed text:
 * - `forbid` and `require`: each place a term stands as whole words (phrases across white space),
 *   by `nlcst-search`; a final `*` stands for the rest of the last word;
 * - `formal`: each "tu", "toi", "te", "ton" (not the noun: "le ton"), "ta", "tes" and elided "t'";
 * - `spelling`: each place a name is written in another casing, accenting or spacing than its term.
 * `require` is satisfied by any match: the rule, not the matcher, reads an empty answer as a finding.
 */
export const matchCopy = ({
  parsed,
  kind,
  terms,
}: {
  parsed: ParsedCopy
  kind: CopyKind
  terms: CopyTerm[]
}): CopyMatch[] => {
  const byStart = new Map(parsed.words.map((word, index) => [word.start, index]))
  const match = ({
    term,
    first,
    last,
    source,
  }: {
    term: string
    first: number
    last: number
    source?: CopyTerm
  }): CopyMatch => {
    const { text, words } = parsed
    const from = Math.max(0, first - CONTEXT_WORDS)
    const to = Math.min(words.length - 1, last + CONTEXT_WORDS)
    const context = text.slice(words[from]!.start, words[to]!.end).replace(/\s+/g, ' ')
    return {
      term,
      start: words[first]!.start,
      end: words[last]!.end,
      found: text.slice(words[first]!.start, words[last]!.end),
      context: `${from > 0 ? '… ' : ''}${context}${to < words.length - 1 ? ' …' : ''}`,
      ...(source ? { source } : {}),
    }
  }
  if (kind === 'spelling') return misspellings({ parsed, terms }).map(match)
  if (kind === 'formal') return informal({ words: parsed.words }).map(match)

  // Phrases as `nlcst-search` takes them (folded words, one space apart), each with its terms (two
  // terms may give one phrase: "abonnement" and "abonn*"); a prefix term becomes one phrase per word
  // of the text it starts.
  const phrases = new Map<string, CopyTerm[]>()
  const add = (phrase: string, term: CopyTerm) => {
    const terms = phrases.get(phrase) ?? []
    if (!terms.includes(term)) phrases.set(phrase, [...terms, term])
  }
  for (const term of terms) {
    if (!term.prefix) {
      add(term.words.join(' '), term)
      continue
    }
    const stem = term.words.at(-1)!
    for (const word of parsed.words) {
      if (word.folded.startsWith(stem)) add([...term.words.slice(0, -1), word.folded].join(' '), term)
    }
  }
  const found: CopyMatch[] = []
  search(
    parsed.tree,
    [...phrases.keys()],
    (nodes, _index, _parent, phrase) => {
      const first = byStart.get(nodes[0]!.position!.start.offset!)
      const last = byStart.get(nodes.at(-1)!.position!.start.offset!)
      if (first == null || last == null) return
      for (const term of phrases.get(phrase)!)
        found.push(match({ term: term.written, first, last, source: term }))
    },
    { allowLiterals: true },
  )
  return found.sort((a, b) => a.start - b.start)
}

const informal = ({ words }: { words: CopyWord[] }) =>
  words.flatMap((word, index) => {
    const informalWord = INFORMAL.includes(word.folded) && !word.elided
    const elidedT = word.folded === 't' && word.elided && index < words.length - 1
    if (!informalWord && !elidedT) return []
    if (word.folded === 'ton' && index > 0 && BEFORE_TONE_NOUN.has(words[index - 1]!.folded)) return []
    return [{ term: elidedT ? 't’' : word.folded, first: index, last: index }]
  })

const misspellings = ({ parsed, terms }: { parsed: ParsedCopy; terms: CopyTerm[] }) => {
  const { text, words } = parsed
  const found: { term: string; first: number; last: number }[] = []
  for (const term of terms) {
    // "QALIA", "Qa lia", "qa-lia" are one name: its words compared without the spaces between them.
    const name = term.words.join('')
    for (let first = 0; first < words.length; first++) {
      if (!name.startsWith(words[first]!.folded) || words[first]!.folded === '') continue
      let joined = words[first]!.folded
      let last = first
      while (joined.length < name.length && last + 1 < words.length) {
        if (!adjacentWords({ text, before: words[last]!, after: words[last + 1]! })) break
        last++
        joined += words[last]!.folded
        if (!name.startsWith(joined)) break
      }
      if (joined !== name) continue
      if (text.slice(words[first]!.start, words[last]!.end) !== term.written)
        found.push({ term: term.written, first, last })
      first = last
    }
  }
  return found.sort((a, b) => a.first - b.first)
}
