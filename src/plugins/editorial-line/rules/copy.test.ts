import { describe, expect, it } from 'vitest'

import type { CopyRuleFacts, RuleContext } from './types.js'

import { copy } from './copy.js'
import { defaultLevels } from './defaultLevels.js'
import { runRules } from './runRules.js'
import { contextFor } from './testing/fixtures.js'

const sales: CopyRuleFacts = {
  kind: 'forbid',
  terms: 'prix\nessai gratuit\nabonn*',
  level: 'block',
  reason: 'Auditeurs : ne pas vendre',
}

const withRules = ({
  title = '',
  body = '',
  plan = [],
  target = [],
  phase = [],
}: {
  title?: string
  body?: string
  plan?: CopyRuleFacts[]
  target?: CopyRuleFacts[]
  phase?: CopyRuleFacts[]
}): RuleContext => {
  const context = contextFor({ phase: 'of.awareness', at: '2026-01-06 08:45' })
  return {
    ...context,
    post: { ...context.post, title, bodyText: body },
    plan: { ...context.plan, copyRules: plan },
    target: { ...context.target!, copyRules: target },
    phase: { ...context.phase!, copyRules: phase },
  }
}

describe('copy', () => {
  it('gives one finding per term found, on the field it is in, with the reason and the words around it', () => {
    const problems = copy(
      withRules({
        title: 'Le prix juste',
        body: 'Profitez de l’essai gratuit. Essai gratuit ! Abonnez-vous.',
        target: [sales],
      }),
    )
    expect(problems.map((problem) => [problem.path, problem.message.vars?.found])).toEqual([
      ['title', 'prix'],
      ['body', 'essai gratuit'],
      ['body', 'Abonnez-vous'],
    ])
    expect(problems[1]).toMatchObject({
      level: 'block',
      message: {
        key: 'copyFound',
        vars: {
          reason: 'Auditeurs : ne pas vendre',
          context: 'Profitez de l’essai gratuit. Essai gratuit ! Abonnez-vous',
        },
      },
    })
  })

  it('adds the phase’s rules to the target’s and the plan’s', () => {
    const formal: CopyRuleFacts = { kind: 'formal', level: 'block' }
    const spelling: CopyRuleFacts = { kind: 'spelling', terms: 'QALIA', level: 'warn' }
    const problems = copy(
      withRules({ body: 'Qalia : tu as vu le prix ?', plan: [spelling], target: [sales], phase: [formal] }),
    )
    expect(
      problems.map((problem) => [problem.message.key, problem.level, problem.message.vars?.found]),
    ).toEqual([
      ['copyMisspelled', 'warn', 'Qalia'],
      ['copyFound', 'block', 'prix'],
      ['copyFound', 'block', 'tu'],
    ])
  })

  it('asks for one of the required terms, anywhere in title or body', () => {
    const require: CopyRuleFacts = { kind: 'require', terms: 'Qualiopi\nRNCP', level: 'warn' }
    expect(copy(withRules({ body: 'Rien', phase: [require] }))).toMatchObject([
      {
        path: 'body',
        level: 'warn',
        message: { key: 'copyMissing', vars: { terms: '« Qualiopi », « RNCP »' } },
      },
    ])
    expect(copy(withRules({ title: 'Audit qualiopi', phase: [require] }))).toEqual([])
  })

  it('warns only when the rule’s level is warn, and checks nothing when off', () => {
    const context = withRules({ body: 'Le prix', target: [sales] })
    expect(runRules({ context, levels: defaultLevels }).filter((f) => f.rule === 'copy')).toMatchObject([
      { level: 'block' },
    ])
    expect(
      runRules({ context, levels: { ...defaultLevels, copy: 'warn' } }).filter((f) => f.rule === 'copy'),
    ).toMatchObject([{ level: 'warn' }])
    expect(
      runRules({ context, levels: { ...defaultLevels, copy: 'off' } }).filter((f) => f.rule === 'copy'),
    ).toEqual([])
  })
})

describe('copy (rows sharing terms)', () => {
  it('reports a term for each row that has it', () => {
    const warn: CopyRuleFacts = { ...sales, level: 'warn', reason: 'Plan' }
    const problems = copy(withRules({ body: 'Le prix', plan: [warn], target: [sales] }))
    expect(problems.map((problem) => [problem.level, problem.message.vars?.reason])).toEqual([
      ['warn', 'Plan'],
      ['block', 'Auditeurs : ne pas vendre'],
    ])
  })
})
