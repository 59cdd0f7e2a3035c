import { describe, expect, it } from 'vitest'

import { linkedinFormatRequirements, newsletterFormatRequirements } from '../presets/qalia/qaliaChannels.js'
import { qaliaFormats } from '../presets/qalia/qaliaFormats.js'
import { foldWords } from '../seed/documentReadings.js'
import { readRequirementLine, requirementLine } from './requirementWords.js'

const formatNames = new Map(
  qaliaFormats.flatMap((format) => [
    [foldWords(format.value), format.value] as const,
    [foldWords(typeof format.label === 'string' ? format.label : format.label.fr), format.value] as const,
  ]),
)

describe('requirementWords', () => {
  it('writes a requirement as one line a reader follows', () => {
    expect(requirementLine({ row: linkedinFormatRequirements[1]!, formats: qaliaFormats })).toBe(
      'Carousel éducatif : document 1-1, pages ≤ 300',
    )
    expect(
      requirementLine({ row: linkedinFormatRequirements.find((row) => row.format === 'short-video')!, formats: qaliaFormats }),
    ).toBe('Vidéo courte : vidéo 1-1, secondes 3-600')
  })

  it('reads back every QALIA requirement as written', () => {
    for (const row of [...linkedinFormatRequirements, ...newsletterFormatRequirements])
      expect(readRequirementLine({ line: requirementLine({ row, formats: qaliaFormats }), formatNames })).toEqual(row)
  })

  it('reads one-sided durations and refuses what it cannot read', () => {
    expect(readRequirementLine({ line: 'Vidéo courte : vidéo 0-1, secondes ≥ 5', formatNames })).toEqual({
      format: 'short-video',
      kinds: ['video'],
      min: 0,
      max: 1,
      minSeconds: 5,
    })
    expect(readRequirementLine({ line: 'Vidéo courte : vidéo 2-1', formatNames })).toBeNull()
    expect(readRequirementLine({ line: 'Podcast : image 0-1', formatNames })).toBeNull()
    expect(readRequirementLine({ line: 'Post texte : gif 0-1', formatNames })).toBeNull()
    expect(readRequirementLine({ line: 'Post texte : image 0-1, poids ≤ 3', formatNames })).toBeNull()
  })
})
