import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { databaseAdapter, databaseKind } from './databaseAdapter'

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
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('builds the SQLite adapter and creates the folder of its file', () => {
    const file = path.join(folder, 'nested', 'qalia.db')
    const adapter = databaseAdapter({ uri: `file:${file}` })
    expect(adapter.name).toBe('sqlite')
    expect(existsSync(path.dirname(file))).toBe(true)
  })

  it('builds the MongoDB adapter for a mongodb:// URI', () => {
    expect(databaseAdapter({ uri: 'mongodb://127.0.0.1:27017/qalia' }).name).toBe('mongoose')
  })

  it('builds the PostgreSQL adapter for a postgres:// URI', () => {
    expect(databaseAdapter({ uri: 'postgres://qalia@127.0.0.1:5432/qalia' }).name).toBe('postgres')
  })
})
