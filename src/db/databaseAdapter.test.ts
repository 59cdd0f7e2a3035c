import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { databaseAdapter, databaseKind, MONGODB_WARNING } from './databaseAdapter'

describe('databaseKind', () => {
  it('uses the embedded SQLite file when DATABASE_URI is unset or empty', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('')).toBe('sqlite')
    expect(databaseKind('   ')).toBe('sqlite')
  })

  it('reads file: as SQLite', () => {
    expect(databaseKind('file:./data/other.db')).toBe('sqlite')
    expect(databaseKind('file:///var/lib/qalia/qalia.db')).toBe('sqlite')
  })

  it('reads mongodb:// and mongodb+srv:// as MongoDB', () => {
    expect(databaseKind('mongodb://127.0.0.1:27017/qalia')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://user:pw@cluster.example.net/qalia')).toBe('mongodb')
  })

  it('reads postgres:// and postgresql:// as PostgreSQL', () => {
    expect(databaseKind('postgres://qalia:pw@127.0.0.1:5432/qalia')).toBe('postgres')
    expect(databaseKind('postgresql://qalia@127.0.0.1/qalia')).toBe('postgres')
  })

  it('refuses anything else, naming the scheme and the accepted ones', () => {
    expect(() => databaseKind('mysql://root@localhost/qalia')).toThrow(
      /"mysql:".*file:.*mongodb:\/\/.*postgres:\/\//,
    )
    expect(() => databaseKind('qalia.db')).toThrow(/no scheme/)
  })
})

describe('databaseAdapter', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'qalia-adapter-'))
  // Spied from the start of the file (vitest gives each file a process of its own), so every
  // warning the adapters print is counted.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  afterAll(() => {
    warn.mockRestore()
    rmSync(folder, { recursive: true, force: true })
  })

  it('builds the SQLite adapter and creates the folder of its file', () => {
    const file = path.join(folder, 'nested', 'qalia.db')
    const adapter = databaseAdapter({ uri: `file:${file}` })
    expect(adapter.name).toBe('sqlite')
    expect(existsSync(path.dirname(file))).toBe(true)
  })

  it('builds the PostgreSQL adapter for a postgres:// URI', () => {
    expect(databaseAdapter({ uri: 'postgres://qalia@127.0.0.1:5432/qalia' }).name).toBe('postgres')
  })

  it('warns about nothing on SQLite and PostgreSQL', () => {
    expect(warn).not.toHaveBeenCalled()
  })

  it('builds the MongoDB adapter without a server, warning once that MongoDB is untested and what that means', () => {
    expect(databaseAdapter({ uri: 'mongodb://127.0.0.1:27017/qalia' }).name).toBe('mongoose')
    expect(databaseAdapter({ uri: 'mongodb+srv://user:pw@cluster.example.net/qalia' }).name).toBe('mongoose')
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledWith(MONGODB_WARNING)
    expect(MONGODB_WARNING).toMatch(/^DATABASE_URI points at MongoDB, which is untested/)
    expect(MONGODB_WARNING).toMatch(/adapter is selected and configured/)
    expect(MONGODB_WARNING).toMatch(/no test runs against a MongoDB server/)
    expect(MONGODB_WARNING).toMatch(/replica set/)
  })

  it('warns once per process, not once per copy of the module (Next.js may bundle several)', async () => {
    vi.resetModules()
    const copy = await import('./databaseAdapter')
    expect(copy.databaseAdapter).not.toBe(databaseAdapter)
    expect(copy.databaseAdapter({ uri: 'mongodb://127.0.0.1:27017/qalia' }).name).toBe('mongoose')
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
