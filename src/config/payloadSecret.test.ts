import { describe, expect, it } from 'vitest'

import {
  BUILD_PLACEHOLDER_SECRET,
  DEVELOPMENT_SECRET,
  MIN_SECRET_LENGTH,
  payloadSecret,
} from './payloadSecret'

const long = 'a'.repeat(MIN_SECRET_LENGTH)

describe('payloadSecret', () => {
  it('uses PAYLOAD_SECRET in production when it has at least 32 characters', () => {
    expect(MIN_SECRET_LENGTH).toBe(32)
    expect(payloadSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: long } })).toBe(long)
    const hex = '0f'.repeat(32)
    expect(payloadSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: hex } })).toBe(hex)
  })

  it('refuses production without PAYLOAD_SECRET, naming the variable and how to make one', () => {
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'production', PAYLOAD_SECRET: '' }]) {
      expect(() => payloadSecret({ env })).toThrow(/^PAYLOAD_SECRET is not set: .*openssl rand -hex 32/)
    }
  })

  it('refuses a production secret shorter than 32 characters, spaces around it not counted', () => {
    expect(() => payloadSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: long.slice(1) } })).toThrow(
      /^PAYLOAD_SECRET is 31 characters long: .*at least 32 characters.*sessions.*API keys/,
    )
    expect(() =>
      payloadSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: ` ${long.slice(1)}\n` } }),
    ).toThrow(/31 characters/)
    expect(() => payloadSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: ' '.repeat(40) } })).toThrow(
      /not set/,
    )
  })

  it('keeps a secret as given, so a running deployment keeps its sessions and API keys', () => {
    expect(payloadSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: `${long}\n` } })).toBe(`${long}\n`)
  })

  it('falls back to the fixed development secret outside production, and takes any secret set there', () => {
    expect(payloadSecret({ env: {} })).toBe(DEVELOPMENT_SECRET)
    expect(payloadSecret({ env: { NODE_ENV: 'development', PAYLOAD_SECRET: '' } })).toBe(DEVELOPMENT_SECRET)
    expect(payloadSecret({ env: { NODE_ENV: 'test' } })).toBe(DEVELOPMENT_SECRET)
    expect(payloadSecret({ env: { NODE_ENV: 'development', PAYLOAD_SECRET: 'short' } })).toBe('short')
  })

  it('lets `next build` collect its pages without one, and only the build', () => {
    const build = { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }
    expect(payloadSecret({ env: build })).toBe(BUILD_PLACEHOLDER_SECRET)
    expect(payloadSecret({ env: { ...build, PAYLOAD_SECRET: long } })).toBe(long)
    expect(() => payloadSecret({ env: { ...build, NEXT_PHASE: 'phase-production-server' } })).toThrow(
      /not set/,
    )
  })
})
