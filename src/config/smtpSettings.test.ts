import { describe, expect, it } from 'vitest'

import { smtpSettings } from './smtpSettings'

describe('smtpSettings', () => {
  it('is null without SMTP_HOST, so that Payload prints messages to the console', () => {
    expect(smtpSettings({ env: {} })).toBeNull()
    expect(smtpSettings({ env: { SMTP_HOST: '  ', SMTP_USER: 'u' } })).toBeNull()
  })

  it('connects without authentication and without TLS by default, from EMAIL_FROM', () => {
    expect(
      smtpSettings({
        env: { SMTP_HOST: 'smtp.example.org', SMTP_PORT: '2525', EMAIL_FROM: 'QALIA <bot@qalia.fr>' },
      }),
    ).toEqual({
      transportOptions: { host: 'smtp.example.org', port: 2525, secure: false },
      defaultFromAddress: 'bot@qalia.fr',
      defaultFromName: 'QALIA',
    })
  })

  it('authenticates with SMTP_USER and SMTP_PASS, and uses TLS on 465 when SMTP_SECURE is true', () => {
    const settings = smtpSettings({
      env: {
        SMTP_HOST: 'smtp',
        SMTP_SECURE: 'true',
        SMTP_USER: 'me',
        SMTP_PASS: 's3cret',
        EMAIL_FROM: 'a@b.fr',
      },
    })
    expect(settings?.transportOptions).toEqual({
      host: 'smtp',
      port: 465,
      secure: true,
      auth: { user: 'me', pass: 's3cret' },
    })
    expect(settings).toMatchObject({ defaultFromAddress: 'a@b.fr', defaultFromName: 'a@b.fr' })
    expect(smtpSettings({ env: { SMTP_HOST: 'smtp', SMTP_SECURE: 'false' } })?.transportOptions.port).toBe(
      587,
    )
  })

  it('refuses a port that is not a number, naming the variable', () => {
    expect(() => smtpSettings({ env: { SMTP_HOST: 'smtp', SMTP_PORT: 'abc' } })).toThrow(
      /^SMTP_PORT is "abc"/,
    )
  })
})
