import type { PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { jobsSettings } from './jobsSettings'

const request = ({ roles, authorization }: { roles?: string[]; authorization?: string }) =>
  ({
    user: roles ? { id: 1, roles } : null,
    headers: new Headers(authorization ? { authorization } : {}),
  }) as unknown as PayloadRequest
const mayRun = (env: Record<string, string>, args: Parameters<typeof request>[0]) =>
  jobsSettings({ env }).access!.run!({ req: request(args) })

describe('jobsSettings', () => {
  it('runs the queue every minute while the app serves, not in tests nor when JOBS_AUTORUN is false', () => {
    expect(jobsSettings({ env: { NODE_ENV: 'production' } }).autoRun).toEqual([
      { cron: '* * * * *', queue: 'default', limit: 50 },
    ])
    expect(jobsSettings({ env: { NODE_ENV: 'development' } }).autoRun).toBeDefined()
    expect(jobsSettings({ env: { NODE_ENV: 'test' } }).autoRun).toBeUndefined()
    expect(jobsSettings({ env: { NODE_ENV: 'production', JOBS_AUTORUN: 'false' } }).autoRun).toBeUndefined()
  })

  it('lets admins and cron with the secret run the queue, and no one else', () => {
    const env = { CRON_SECRET: 'a-long-cron-secret' }
    expect(mayRun(env, { roles: ['admin'] })).toBe(true)
    expect(mayRun(env, { authorization: 'Bearer a-long-cron-secret' })).toBe(true)
    expect(mayRun(env, { roles: ['editor', 'approver'] })).toBe(false)
    expect(mayRun(env, { authorization: 'Bearer wrong' })).toBe(false)
    expect(mayRun({}, { authorization: 'Bearer ' })).toBe(false)
    expect(mayRun({}, { authorization: 'Bearer undefined' })).toBe(false)
  })
})
