import { describe, expect, it } from 'vitest'

import { choiceParent, POST_CHOICES } from './postChoices.js'

describe('POST_CHOICES', () => {
  it('limits phases to the chosen target, and offers every phase before a target is chosen', () => {
    expect(POST_CHOICES.phase.dependsOn).toBe('target')
    expect(POST_CHOICES.phase.where(3)).toEqual({ target: { equals: 3 } })
    expect(POST_CHOICES.phase.where(null)).toBe(true)
  })

  it('limits key messages to the chosen phase’s active ones, and to active ones before a phase is chosen', () => {
    expect(POST_CHOICES.message.dependsOn).toBe('phase')
    expect(POST_CHOICES.message.where('7')).toEqual({
      and: [{ phase: { equals: '7' } }, { status: { equals: 'active' } }],
    })
    expect(POST_CHOICES.message.where(null)).toEqual({ status: { equals: 'active' } })
  })
})

describe('choiceParent', () => {
  it('reads an id from a number, a string or a populated document', () => {
    expect(choiceParent(4)).toBe(4)
    expect(choiceParent('4')).toBe('4')
    expect(choiceParent({ id: 9, name: 'OF' })).toBe(9)
  })

  it('treats an empty field as no choice', () => {
    for (const empty of [null, undefined, '', {}, [], true]) expect(choiceParent(empty)).toBeNull()
  })
})
