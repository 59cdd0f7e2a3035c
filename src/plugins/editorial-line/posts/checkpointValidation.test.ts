import { describe, expect, it } from 'vitest'

import { checkpointValidation } from './checkpointValidation.js'
import { rememberFieldRefusals } from './fieldRefusals.js'

const base = (value: unknown, _options: unknown) => (value === 'bad' ? 'type says no' : true)

const optionsFor = ({
  context,
  event,
  id,
}: {
  context: Record<string, unknown>
  event: 'onChange' | 'submit'
  id?: number
}) => ({ event, id, req: { context } }) as never

describe('checkpointValidation', () => {
  const check = checkpointValidation({ path: 'publishAt', base })
  const validate = (value: unknown, options: never) => check(value as never, options)

  it('reports the rules’ refusals on its own field on a save, one sentence each', () => {
    const context = {}
    rememberFieldRefusals({
      context,
      key: '7',
      refusals: [
        { path: 'publishAt', message: 'Passée.' },
        { path: 'target', message: 'Pas ici.' },
        { path: 'publishAt', message: 'Hors créneau.' },
      ],
    })
    expect(validate('2027-01-05', optionsFor({ context, event: 'submit', id: 7 }))).toBe(
      'Passée.\nHors créneau.',
    )
  })

  it('keys a new post’s refusals as `create`, and never reads another post’s', () => {
    const context = {}
    rememberFieldRefusals({ context, key: 'create', refusals: [{ path: 'publishAt', message: 'Passée.' }] })
    expect(validate('x', optionsFor({ context, event: 'submit' }))).toBe('Passée.')
    expect(validate('x', optionsFor({ context, event: 'submit', id: 8 }))).toBe(true)
  })

  it('falls back to the field type’s validation when the rules have nothing to say', () => {
    const context = {}
    rememberFieldRefusals({ context, key: '7', refusals: [{ path: 'target', message: 'Pas ici.' }] })
    expect(validate('ok', optionsFor({ context, event: 'submit', id: 7 }))).toBe(true)
    expect(validate('bad', optionsFor({ context, event: 'submit', id: 7 }))).toBe('type says no')
  })

  it('leaves the rules to the live checklist while the editor types', () => {
    const context = {}
    rememberFieldRefusals({ context, key: '7', refusals: [{ path: 'publishAt', message: 'Passée.' }] })
    expect(validate('ok', optionsFor({ context, event: 'onChange', id: 7 }))).toBe(true)
  })
})
