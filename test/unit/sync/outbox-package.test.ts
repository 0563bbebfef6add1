import 'fake-indexeddb/auto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/cli/command'
import { runCli } from '../../../src/cli/index'
import { openLibraryStore } from '../../../src/library/store'
import {
  exportOutboxPackage,
  importOutboxReceipt
} from '../../../src/renderer/src/features/sync/outbox-files'
import { readSyncHistory } from '../../../src/renderer/src/features/sync/sync-run'
import { createSyncService } from '../../../src/main/services/sync/sync-service'
import { checkReceiptInputSchema, sealOutboxInputSchema } from '../../../src/shared/contract'
import { outboxPackageLines } from '../../../src/shared/domain/sync/outbox-package'
import { issueNotice, storeOpenFindings } from './notice-station'
import { openTestDb, testRepositories } from '../db/support'
import { startLibrary, type RunningLibrary } from '../library/support'

/**
 * A workstation that never reaches the extranet: its 整改通知 leave as a 待推送包, a connected
 * machine pushes it (`sync push`), and the 推送回执 it brings back settles the outbox exactly as
 * a push would have — the library's 发文字号, nothing lost, nothing twice. A package altered on
 * the way, or a receipt meant for another workstation, changes nothing.
 */
let library: RunningLibrary
const dir = mkdtempSync(join(tmpdir(), 'outbox-package-'))
const at = new Date('2026-12-03T06:00:00Z')

beforeAll(async () => {
  library = await startLibrary({ store: openLibraryStore() })
})

afterAll(async () => {
  await library?.close()
  rmSync(dir, { recursive: true, force: true })
})

function captureIo(): CliIo & { stdout: () => string; stderr: () => string } {
  const out: string[] = []
  const err: string[] = []
  return {
    cwd: dir,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n')
  }
}

/**
 * Main's side of the workstation, without a library configured (so without a client
 * certificate): what the renderer sends passes the contract's schema, as over IPC.
 */
const main = createSyncService()
const seal = (input: unknown) => main.sealOutbox(sealOutboxInputSchema.parse(input))
const check = (text: string) => main.checkReceipt(checkReceiptInputSchema.parse({ text }).text)

/** A workstation holding two open findings, never synced, issuing one notice offline. */
async function offlineWorkstation(label: string) {
  const db = await openTestDb(label)
  const repos = testRepositories(db, '张三（合规专员）')
  const noticeId = await issueNotice(repos, await storeOpenFindings(db))
  return { db, repos, noticeId }
}

describe('the outbox carried to the library and back', () => {
  it('is pushed by a connected machine and settled here by its receipt, once', async () => {
    const ws = await offlineWorkstation('outbox-courier')
    expect(await ws.db.outbox.count()).toBe(2)
    const exported = await exportOutboxPackage(ws.db, at, seal)
    // The notice's two changes, then the head of the 审计日志 for the library to witness.
    expect(exported).toMatchObject({
      mutations: 3,
      fileName: 'outbox-20261203-1400.ndjson',
      signer: null
    })
    writeFileSync(join(dir, 'outbox.ndjson'), exported!.text)
    // Exporting takes nothing out: a package lost on the way loses nothing.
    expect(await ws.db.outbox.count()).toBe(3)

    const push = (receipt: string) => {
      const io = captureIo()
      return runCli(
        ['sync', 'push', '--server', library.url, '--in', 'outbox.ndjson', '--receipt', receipt],
        io
      ).then((code) => ({ code, io }))
    }
    const first = await push('receipt.ndjson')
    expect(first.code).toBe(0)
    expect(first.io.stdout()).toContain('已接受 3 条，重复 0 条，冲突 0 条，退回 0 条')
    expect(first.io.stdout()).toContain('该待推送包未签名')
    expect(library.store.get('notices', ws.noticeId)?.data).toMatchObject({
      documentNumber: '许数管〔2026〕1号',
      status: 'issued'
    })

    const receipt = readFileSync(join(dir, 'receipt.ndjson'), 'utf8')
    const file = { text: receipt, fileName: 'receipt.ndjson' }
    const settled = await importOutboxReceipt(ws.db, ws.repos.audit, file, at, check)
    expect(settled).toEqual({ applied: 3, conflicts: 0, signer: null })
    const anchor = Number((await ws.db.meta.get('sync.auditAnchor'))?.value)
    const head = await ws.db.auditLog.get(anchor)
    const witnessed = library.store
      .liveIds('auditHeads')
      .map((id) => library.store.get('auditHeads', id)?.data)
    expect(witnessed).toEqual([expect.objectContaining({ seq: head?.seq, hash: head?.hash })])
    expect(await ws.db.outbox.count()).toBe(0)
    const notice = await ws.db.notices.get(ws.noticeId)
    expect(notice?.documentNumber).toBe('许数管〔2026〕1号')
    expect(notice).not.toHaveProperty('numberProvisional')
    expect(await ws.db.auditLog.orderBy('seq').last()).toMatchObject({
      action: 'sync.run',
      details: { syncOutcome: 'complete', pushed: 3, conflicts: 0, package: 'receipt.ndjson' }
    })
    expect((await readSyncHistory(ws.db))[0]).toMatchObject({
      pushed: 3,
      package: 'receipt.ndjson'
    })

    // The same receipt again settles nothing and records nothing.
    const entries = await ws.db.auditLog.count()
    expect(await importOutboxReceipt(ws.db, ws.repos.audit, file, at, check)).toEqual({
      applied: 0,
      conflicts: 0,
      signer: null
    })
    expect(await ws.db.auditLog.count()).toBe(entries)

    // The same package pushed again: the library answers as it did and applies nothing twice.
    const seqBefore = library.store.info().headSeq
    const again = await push('receipt-2.ndjson')
    expect(again.code).toBe(0)
    expect(again.io.stdout()).toContain('已接受 3 条，重复 0 条')
    expect(library.store.get('notices', ws.noticeId)?.rev).toBe(2)
    expect(library.store.info().headSeq).toBe(seqBefore)
    ws.db.close()
  }, 60_000)

  it('refuses a package altered on the way, and a receipt for another workstation', async () => {
    const ws = await offlineWorkstation('outbox-altered')
    const exported = await exportOutboxPackage(ws.db, at, seal)
    const altered = exported!.text.replace('"status":"issued"', '"status":"closed"')
    expect(altered).not.toBe(exported!.text)
    writeFileSync(join(dir, 'altered.ndjson'), altered)
    const io = captureIo()
    const code = await runCli(
      ['sync', 'push', '--server', library.url, '--in', 'altered.ndjson', '--receipt', 'r.ndjson'],
      io
    )
    expect(code).toBe(69)
    expect(io.stderr()).toContain('校验和不符')
    expect(existsSync(join(dir, 'r.ndjson'))).toBe(false)
    expect(library.store.get('notices', ws.noticeId)).toBeNull()

    // Made against another city's dataset: not pushed to this library at all.
    const lines = outboxPackageLines(
      { clientId: 'ws-other', datasetId: 'another-city', createdAt: at.toISOString() },
      await ws.db.outbox.orderBy('clientSeq').toArray()
    )
    writeFileSync(join(dir, 'other-city.ndjson'), `${lines.join('\n')}\n`)
    const elsewhere = captureIo()
    expect(
      await runCli(
        [
          'sync',
          'push',
          '--server',
          library.url,
          '--in',
          'other-city.ndjson',
          '--receipt',
          'r.ndjson'
        ],
        elsewhere
      )
    ).toBe(69)
    expect(elsewhere.stderr()).toContain('待推送包是对数据集 another-city 制作的')
    expect(existsSync(join(dir, 'r.ndjson'))).toBe(false)
    expect(library.store.get('notices', ws.noticeId)).toBeNull()

    // A receipt made for the first test's workstation: refused whole, this outbox untouched.
    const foreign = readFileSync(join(dir, 'receipt.ndjson'), 'utf8')
    await expect(
      importOutboxReceipt(ws.db, ws.repos.audit, { text: foreign, fileName: 'r' }, at, check)
    ).rejects.toMatchObject({ fault: { message: { code: 'sync.receipt.otherWorkstation' } } })
    const cut = foreign.split('\n').slice(0, -2).join('\n')
    await expect(
      importOutboxReceipt(ws.db, ws.repos.audit, { text: cut, fileName: 'r' }, at, check)
    ).rejects.toMatchObject({ code: 'sync.package.unreadable' })
    expect(await ws.db.outbox.count()).toBe(3)
    ws.db.close()
  }, 60_000)

  it('has nothing to export when nothing waits', async () => {
    const db = await openTestDb('outbox-empty')
    expect(await exportOutboxPackage(db, at, seal)).toBeNull()
    db.close()
  })
})
