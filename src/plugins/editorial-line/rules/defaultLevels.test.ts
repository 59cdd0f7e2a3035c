import { describe, expect, it } from 'vitest'

import { defaultLevels } from './defaultLevels.js'
import { rules } from './runRules.js'

describe('defaultLevels', () => {
  it('gives every rule a level', () => {
    expect(Object.keys(defaultLevels).sort()).toEqual(Object.keys(rules).sort())
  })

  it('only warns where the editorial rules say so', () => {
    const warnings = Object.entries(defaultLevels)
      .filter(([, level]) => level === 'warn')
      .map(([rule]) => rule)
    expect(warnings.sort()).toEqual(['formatOptimal', 'mixTolerance', 'phaseMonths'])
  })
})
