import type { CopyRuleFacts, Problem, Rule } from './types.js'

import { type CopyTerm, copyTerms } from './copyTerms.js'
import { matchCopy } from './matchCopy.js'
import { type ParsedCopy, parseCopy } from './parseCopy.js'

/**
 * The post's words against the copy rules of the plan, its target and its phase (added to the
 * target's): one finding per term found in the title or the body, with the words around it and the
 * row's reason; for `require`, one finding on the body when no term is found anywhere. Each finding
 * has its row's level.
 */
export const copy: Rule = ({ post, target, phase, plan }) => {
  const rows: CopyRuleFacts[] = [
    ...(plan.copyRules ?? []),
    ...(target?.copyRules ?? []),
    ...(phase?.copyRules ?? []),
  ]
  if (rows.length === 0) return []
  const texts: { path: 'body' | 'title'; parsed: ParsedCopy }[] = [
    { path: 'title', parsed: parseCopy({ text: post.title ?? '' }) },
    { path: 'body', parsed: parseCopy({ text: post.bodyText ?? '' }) },
  ]
  const read = rows.map((row) => ({
    row,
    // Stored terms passed the field's validation; anything else is read as no terms.
    terms: copyTerms({ text: row.terms }).terms,
    reason: row.reason?.trim() ?? '',
    level: row.level === 'warn' ? ('warn' as const) : ('block' as const),
  }))
  // The terms of every `forbid` and `require` row are searched in one pass over each text (the
  // search walks the whole text whatever the number of terms); each match goes back to its row.
  const searched = read.filter(({ row }) => row.kind === 'forbid' || row.kind === 'require')
  // Two rows with the same terms share their read terms (`copyTerms` remembers them): a term may have several rows.
  const rowsOf = new Map<CopyTerm, CopyRuleFacts[]>()
  for (const each of searched)
    for (const term of each.terms) rowsOf.set(term, [...(rowsOf.get(term) ?? []), each.row])
  const searchedMatches = texts.map(({ path, parsed }) => ({
    path,
    matches: matchCopy({ parsed, kind: 'forbid', terms: searched.flatMap((each) => each.terms) }),
  }))
  return read.flatMap(({ row, terms, reason, level }): Problem[] => {
    const found =
      row.kind === 'forbid' || row.kind === 'require'
        ? searchedMatches.map(({ path, matches }) => ({
            path,
            matches: matches.filter((match) => match.source && rowsOf.get(match.source)?.includes(row)),
          }))
        : texts.map(({ path, parsed }) => ({ path, matches: matchCopy({ parsed, kind: row.kind, terms }) }))
    if (row.kind === 'require') {
      if (terms.length === 0 || found.some(({ matches }) => matches.length > 0)) return []
      const list = terms.map((term) => `« ${term.written} »`).join(', ')
      return [
        {
          path: 'body',
          level,
          message: { key: 'copyMissing', vars: { kind: row.kind, reason, terms: list } },
        },
      ]
    }
    return found.flatMap(({ path, matches }) => {
      // One finding per term (per informal word) in each of title and body: its first place.
      const seen = new Set<string>()
      return matches.flatMap((match): Problem[] => {
        if (seen.has(match.term)) return []
        seen.add(match.term)
        const key = row.kind === 'spelling' ? 'copyMisspelled' : 'copyFound'
        const vars = { kind: row.kind, reason, term: match.term, found: match.found, context: match.context }
        return [{ path, level, message: { key, vars: { ...vars, start: match.start, end: match.end } } }]
      })
    })
  })
}
