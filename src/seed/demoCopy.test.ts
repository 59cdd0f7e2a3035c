import { describe, expect, it } from 'vitest'

import { wallClockInstant } from 'payload-plugin-editorial-line'

import type { CopyRuleFacts, RuleContext } from '../plugins/editorial-line/rules/types'

import { qaliaEditorialLine } from '../plugins/editorial-line/presets/qalia/qaliaEditorialLine'
import { copy } from '../plugins/editorial-line/rules/copy'
import { copyRulesData } from '../plugins/editorial-line/seed/lineRecords'
import { demoPosts, livingDemoPosts } from './demoData'

const rules = (seeds: Parameters<typeof copyRulesData>[0]) => copyRulesData(seeds) as CopyRuleFacts[]

/**
 * Every demo post, as `demo.ts` writes it (its title; its body the key message in quotes and the
 * phase's priority content), passes QALIA's copy rules: no blocking finding.
 */
describe('demo posts and QALIA’s copy rules', () => {
  const living = livingDemoPosts({
    today: new Date('2026-12-01T09:00:00Z'),
    timezone: 'Europe/Paris',
    instantOf: (local) => wallClockInstant({ local, timezone: 'Europe/Paris' }),
  })
  it.each([...demoPosts, ...living].map((post) => [post.title, post] as const))('%s', (_title, post) => {
    const target = qaliaEditorialLine.targets.find((each) => each.slug === post.target)!
    const phase = target.phases.find((each) => each.key === post.phase)!
    const messages = phase.messages.filter((message) => message.status !== 'to_define')
    const message = messages[post.message] ?? messages[0]
    const context = {
      post: {
        title: post.title,
        bodyText: `${message ? `« ${message.text} »` : post.title}\n\n${phase.priorityContent ?? ''}`,
      },
      plan: { copyRules: rules(qaliaEditorialLine.plan.copyRules) },
      target: { copyRules: rules(target.copyRules) },
      phase: { copyRules: rules(phase.copyRules) },
    } as unknown as RuleContext
    expect(copy(context).filter((problem) => problem.level === 'block')).toEqual([])
  })

  it('the Auditeurs posts are checked against the sales vocabulary and "vous"', () => {
    const auditeurs = qaliaEditorialLine.targets.find((each) => each.slug === 'auditeurs')!
    expect(auditeurs.copyRules?.map((rule) => rule.kind)).toEqual(['forbid', 'formal'])
  })
})
