import { describe, expect, it } from 'vitest'

import { badRequest, parseId } from './http.js'

const on = (idType: 'number' | 'text') => ({ payload: { db: { defaultIDType: idType } } }) as never

describe('parseId', () => {
  it('reads serial ids as numbers the database can hold', () => {
    expect(parseId({ req: on('number'), value: '42' })).toBe(42)
    expect(parseId({ req: on('number'), value: ' 7 ' })).toBe(7)
    for (const value of ['0', '-1', '1.5', 'abc', '', '99999999999', '0x10']) {
      expect(parseId({ req: on('number'), value }), value).toBeNull()
    }
  })

  it('reads MongoDB ids as ObjectIds only', () => {
    expect(parseId({ req: on('text'), value: '65a1f0c2b3d4e5f601234567' })).toBe('65a1f0c2b3d4e5f601234567')
    expect(parseId({ req: on('text'), value: 'target-of' })).toBeNull()
  })
})

describe('badRequest', () => {
  it('answers 400 in Payload’s error shape', async () => {
    const response = badRequest('Donnez un mois.')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'Donnez un mois.' }] })
  })
})
