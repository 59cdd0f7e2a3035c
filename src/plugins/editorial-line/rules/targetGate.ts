import type { Problem, Rule } from './types.js'

import { campaignMonth } from './campaignMonth.js'
import { localTime } from '../time/localTime.js'

/**
 * A target may be addressed only once its gate is open: from its campaign month, once its
 * prerequisite is marked met, and once the plan's active clients exceed its threshold.
 */
export const targetGate: Rule = ({ plan, post, target }) => {
  const gate = target?.gate
  if (!target || !gate) return []
  const problems: Problem[] = []
  if (gate.fromMonth != null && post.publishAt) {
    const { month, display } = localTime({ instant: post.publishAt, timezone: plan.timezone })
    const current = campaignMonth({ month, startMonth: plan.startMonth })
    if (current < gate.fromMonth) {
      problems.push({
        path: 'publishAt',
        message: {
          key: 'gateMonth',
          vars: { target: target.name, from: gate.fromMonth, month: current, date: display },
        },
      })
    }
  }
  if (gate.prerequisite && !gate.prerequisiteMet) {
    problems.push({
      path: 'target',
      message: { key: 'gatePrerequisite', vars: { target: target.name, prerequisite: gate.prerequisite } },
    })
  }
  if (gate.activeClientsAbove != null && plan.activeClients <= gate.activeClientsAbove) {
    problems.push({
      path: 'target',
      message: {
        key: 'gateActiveClients',
        vars: { target: target.name, threshold: gate.activeClientsAbove, count: plan.activeClients },
      },
    })
  }
  return problems
}
