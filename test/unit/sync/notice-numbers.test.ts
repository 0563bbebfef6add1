import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibraryStore } from '../../../src/library/store'
import {
  createHttpTransport,
  type HttpSyncTransport
} from '../../../src/main/services/sync/http-transport'
import { nodeSyncEnvironment } from '../../../src/main/services/sync/node-environment'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { runWorkbenchSync } from '../../../src/renderer/src/features/sync/sync-run'
import { issueNotice, storeOpenFindings } from './notice-station'
import { openTestDb, testRepositories } from '../db/support'
import { startLibrary, type RunningLibrary } from '../library/support'

/**
 * The bureau's decisions out: two workstations issue 整改通知 offline, each counting 〔2026〕1号
 * for itself. Once they sync, the library has numbered them 1 and 2 and both workstations show
 * the same two numbers; a notice both changed comes back as the library's version, with the
 * loser's in its 冲突 list. Nothing a workstation recorded is lost on the way.
 */
const env = { ...nodeSyncEnvironment, sleep: async () => undefined }
let library: RunningLibrary
let transport: HttpSyncTransport

beforeAll(async () => {
  library = await startLibrary({ store: openLibraryStore() })
  transport = createHttpTransport({ server: library.url })
})

afterAll(async () => {
  await transport?.close()
  await library?.close()
})

/** A workstation that synced once, then holds two open findings of one department. */
async function workstation(label: string, actor: string) {
  const db = await openTestDb(label)
  const repos = testRepositories(db, actor)
  const sync = () =>
    runWorkbenchSync({
      db,
      audit: repos.audit,
      holderHash: repos.context.holderHash,
      transport,
      env
    })
  // The first sync starts the working copy afresh (findings are made anew by the next scan).
  await sync()
  const findings = await storeOpenFindings(db)
  return { db, repos, findings, sync }
}

const issueOne = (station: Awaited<ReturnType<typeof workstation>>) =>
  issueNotice(station.repos, station.findings)

const numbers = async (db: WorkbenchDb) =>
  (await db.notices.toArray())
    .map((notice) => [notice.id, notice.documentNumber, 'numberProvisional' in notice])
    .sort()

describe('notices issued on two workstations', () => {
  it('get distinct 发文字号 from the library, the same on both, and a conflict keeps the library’s version', async () => {
    const a = await workstation('numbers-a', '张三（合规专员）')
    const b = await workstation('numbers-b', '李四（合规专员）')

    // Offline, both count the first number of the year for themselves.
    const fromA = await issueOne(a)
    const fromB = await issueOne(b)
    expect((await a.db.notices.get(fromA))?.documentNumber).toBe('许数管〔2026〕1号')
    expect((await b.db.notices.get(fromB))?.documentNumber).toBe('许数管〔2026〕1号')
    expect(await a.db.outbox.count()).toBe(2)
    expect(await a.db.notices.get(fromA)).toMatchObject({ numberProvisional: true })

    expect(await a.sync()).toMatchObject({ status: 'complete', report: { pushed: { applied: 3 } } })
    expect(await b.sync()).toMatchObject({ status: 'complete', report: { pushed: { applied: 3 } } })
    await a.sync()
    const expected = [
      [fromA, '许数管〔2026〕1号', false],
      [fromB, '许数管〔2026〕2号', false]
    ].sort()
    expect(await numbers(a.db)).toEqual(expected)
    expect(await numbers(b.db)).toEqual(expected)
    expect(await a.db.outbox.count()).toBe(0)
    expect(await b.db.outbox.count()).toBe(0)
    expect(library.store.get('notices', fromB)?.data).toMatchObject({
      documentNumber: '许数管〔2026〕2号',
      status: 'issued'
    })

    // Both record a report on A's notice offline; A syncs first and wins.
    const report = (text: string) => ({
      text,
      attachments: [{ fileName: '整改报告.pdf', sha256: 'c'.repeat(64), note: '' }]
    })
    expect((await a.repos.notices.receiveReport(fromA, report('已补加电子印章'))).ok).toBe(true)
    expect((await b.repos.notices.receiveReport(fromA, report('已重新推送'))).ok).toBe(true)
    await a.sync()
    expect(await b.sync()).toMatchObject({ report: { pushed: { conflict: 1 } } })
    const onB = await b.db.notices.get(fromA)
    expect(JSON.stringify(onB)).toContain('已补加电子印章')
    expect(onB?.documentNumber).toBe('许数管〔2026〕1号')
    const conflicts = await b.db.syncConflicts.toArray()
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject({ table: 'notices', status: 'conflict' })
    expect(JSON.stringify(conflicts[0]?.mutation.payload)).toContain('已重新推送')
    a.db.close()
    b.db.close()
  }, 60_000)
})
