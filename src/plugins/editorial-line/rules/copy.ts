import type { CopyRuleFacts, Problem, Rule } from './types.js'

import { copyTerms } from './copyTerms.js'
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
  return rows.flatMap((row): Problem[] => {
    // Stored terms passed the field's validation; anything else is read as no terms.
    const { terms } = copyTerms({ text: row.terms })
    const reason = row.reason?.trim() ?? ''
    const level = row.level === 'warn' ? 'warn' : 'block'
    const found = texts.map(({ path, parsed }) => ({
      path,
      matches: matchCopy({ parsed, kind: row.kind, terms }),
    }))
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
