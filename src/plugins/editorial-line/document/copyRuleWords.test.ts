import { describe, expect, it } from 'vitest'

import type { CopyRuleSeed } from '../seed/editorialLineData.js'

import { qaliaCopyRules } from '../presets/qalia/qaliaCopyRules.js'
import { copyRuleLine, readCopyRuleLine } from './copyRuleWords.js'

describe('copyRuleLine', () => {
  it('writes a rule on one line and reads it back', () => {
    for (const rule of [...qaliaCopyRules.auditeurs, ...qaliaCopyRules.plan]) {
      expect(readCopyRuleLine(copyRuleLine(rule))).toEqual(rule)
    }
    expect(copyRuleLine(qaliaCopyRules.plan[0]!)).toBe(
      'Orthographe, avertit : «QALIA» «Qualiopi» — Les noms s’écrivent comme le document les écrit',
    )
  })

  it('keeps terms with spaces and commas, and a reason with a dash', () => {
    const rule: CopyRuleSeed = {
      kind: 'require',
      terms: ['essai, gratuit', 'pas vente'],
      level: 'warn',
      reason: 'A — B',
    }
    expect(readCopyRuleLine(copyRuleLine(rule))).toEqual(rule)
  })

  it('is null for a line that is no rule', () => {
    expect(readCopyRuleLine('Interdire tout')).toBeNull()
    expect(readCopyRuleLine('Bannir, bloque : «x»')).toBeNull()
  })
})
