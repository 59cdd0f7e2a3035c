import { performance } from 'node:perf_hooks'

import type { CopyRuleFacts, RuleContext } from '../src/plugins/editorial-line/rules/types'

import { copy } from '../src/plugins/editorial-line/rules/copy'
import { median } from './measure'

/** French words of the kind a post is written with; none is a term below. */
const WORDS =
  'les organismes de formation passent des heures sur les indicateurs du référentiel national qualité avec une équipe qui prépare l’audit de surveillance et chaque preuve compte pour la certification'.split(
    ' ',
  )

/**
 * Checking a 3,000-character post (title and body) against 200 terms (forbid, two rows with prefixes
 * and phrases), with the formal and spelling rows QALIA has: the `copy` rule alone, as one save or one
 * live check runs it. Pure work, no database.
 */
export const copyRulesCase = ({ runs = 200, warmup = 20 } = {}) => {
  let body = ''
  for (let index = 0; body.length < 3_000; index++) body += `${WORDS[(index * 7) % WORDS.length]} `
  body = body.slice(0, 3_000)
  const terms = Array.from({ length: 200 }, (_, index) =>
    index % 10 === 0 ? `promo${index}*` : index % 5 === 0 ? `essai numéro${index}` : `terme${index}`,
  )
  const rows: CopyRuleFacts[] = [
    { kind: 'forbid', terms: terms.slice(0, 100).join('\n'), level: 'block', reason: 'Ne pas vendre' },
    { kind: 'forbid', terms: terms.slice(100).join('\n'), level: 'warn' },
    { kind: 'formal', level: 'block' },
  ]
  const context = {
    post: { title: 'Qualiopi : les indicateurs sans peine', bodyText: body },
    plan: { copyRules: [{ kind: 'spelling', terms: 'QALIA\nQualiopi', level: 'warn' }] },
    target: { copyRules: rows },
    phase: { copyRules: [] },
  } as unknown as RuleContext
  const times: number[] = []
  for (let round = 0; round < warmup + runs; round++) {
    const start = performance.now()
    const found = copy(context)
    const elapsed = performance.now() - start
    if (found.length !== 0) throw new Error(`copy rules bench: unexpected findings ${JSON.stringify(found)}`)
    if (round >= warmup) times.push(elapsed)
  }
  return { median: median(times), length: body.length, terms: terms.length }
}
