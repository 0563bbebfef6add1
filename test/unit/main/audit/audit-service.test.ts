import 'fake-indexeddb/auto'
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAuditService } from '../../../../src/main/services/audit/audit-service'
import { openHeadFile } from '../../../../src/main/services/audit/head-file'
import { createSecretStore } from '../../../../src/main/services/secrets/secret-store'
import type { WorkbenchDb } from '../../../../src/renderer/src/db/database'
import { createAuditRepository } from '../../../../src/renderer/src/db/repositories/audit'
import type { AuditSealPort } from '../../../../src/renderer/src/db/audit-seal'
import {
  computeAuditHash,
  GENESIS_HASH,
  type AuditEntry
} from '../../../../src/shared/domain/audit'
import { openTestDb } from '../../db/support'
import { testAuditMain, type TestAuditMain } from '../../db/audit-main'

let db: WorkbenchDb | undefined
afterEach(() => {
  db?.close()
  db = undefined
})

/** The working copy's audit repository on `main`, acting as 张三; `seal` may be wrapped. */
async function workbench(main: TestAuditMain, seal: AuditSealPort = main.seal) {
  db = await openTestDb('audit-main')
  let tick = Date.parse('2026-12-01T01:00:00Z')
  const audit = createAuditRepository({
    db,
    actor: () => '张三',
    now: () => new Date((tick += 1000)),
    holderHash: () => Promise.reject(new Error('unused')),
    auditSeal: seal
  })
  const record = (n: number) =>
    audit.recordChange(
      [],
      { action: 'settings.update', target: 'setting:x', details: { n } },
      async () => n
    )
  return { db, audit, record }
}

const said = (outcome: Awaited<ReturnType<TestAuditMain['check']>>) =>
  outcome.workbench.problems.map(({ seq, kind, code, params }) => ({ seq, kind, code, params }))

function storedHead(main: TestAuditMain) {
  return JSON.parse(readFileSync(join(main.dataLocation, 'audit', 'head.json'), 'utf8')).heads
}

describe('main keys and anchors the workbench log', () => {
  it('keeps the key and the head in main’s data folder (0600), never in IndexedDB', async () => {
    const main = testAuditMain()
    const { db, record } = await workbench(main)
    for (let n = 1; n <= 3; n++) await record(n)
    const head = join(main.dataLocation, 'audit', 'head.json')
    const key = join(main.dataLocation, 'secrets', 'auditMac.key')
    expect(statSync(head).mode & 0o777).toBe(0o600)
    expect(statSync(key).mode & 0o777).toBe(0o600)
    const entries = await db.auditLog.orderBy('seq').toArray()
    expect(storedHead(main).workbench).toMatchObject({
      count: 3,
      mac: entries[2]?.mac,
      keyedFrom: 1,
      pending: []
    })
    const keyHex = readFileSync(key, 'utf8').trim()
    expect(keyHex).toMatch(/^[0-9a-f]{64}$/)
    // Nothing in the working copy holds the key, in hex or base64.
    for (const table of db.tables) {
      const dump = JSON.stringify(await table.toArray())
      expect(dump).not.toContain(keyHex)
      expect(dump).not.toContain(Buffer.from(keyHex, 'hex').toString('base64'))
    }
  })

  it('refuses an entry that does not extend its head, and a confirmation it did not issue', async () => {
    const main = testAuditMain()
    const { record } = await workbench(main)
    await record(1)
    const request = {
      seq: 5,
      actor: '张三',
      action: 'settings.update',
      target: 'x',
      details: {},
      prevMac: '0'.repeat(64)
    }
    await expect(main.service.seal('window:1', request)).rejects.toMatchObject({
      code: 'audit.append.notHead',
      params: { expected: 2, seq: 5 }
    })
    await expect(main.service.commit({ seq: 2, mac: 'a'.repeat(64) })).rejects.toMatchObject({
      code: 'audit.append.notPending',
      params: { seq: 2 }
    })
  })

  it('records the caller’s operator as main knows it over what the renderer claims', async () => {
    const dataLocation = testAuditMain().dataLocation
    const service = createAuditService({
      dataLocation,
      secrets: createSecretStore(dataLocation),
      now: () => new Date('2026-12-01T08:00:00Z'),
      identify: async (caller) => (caller === 'window:7' ? '李四 [auditor]' : null)
    })
    const request = {
      seq: 1,
      actor: '本机操作员',
      action: 'settings.update',
      target: 'x',
      details: {},
      prevMac: '0'.repeat(64)
    }
    expect(await service.seal('window:7', request)).toMatchObject({
      actor: '李四 [auditor]',
      at: '2026-12-01T08:00:00.000Z'
    })
    expect(await service.seal('window:8', request)).toMatchObject({ actor: '本机操作员' })
  })

  it('refuses a head file edited outside the workbench instead of starting afresh', async () => {
    const main = testAuditMain()
    const { record } = await workbench(main)
    await record(1)
    await record(2)
    const path = join(main.dataLocation, 'audit', 'head.json')
    const stored = JSON.parse(readFileSync(path, 'utf8'))
    stored.heads.workbench.count = 1
    writeFileSync(path, JSON.stringify(stored))
    const again = createAuditService({
      dataLocation: main.dataLocation,
      secrets: createSecretStore(main.dataLocation),
      now: () => new Date()
    })
    await expect(again.commit({ seq: 2, mac: 'a'.repeat(64) })).rejects.toThrow(/tag/)
  })
})

describe('main’s head file deleted', () => {
  it('is found, kept on record for good, and said by every check from then on', async () => {
    const main = testAuditMain()
    const { audit, record } = await workbench(main)
    for (let n = 1; n <= 2; n++) await record(n)
    rmSync(join(main.dataLocation, 'audit', 'head.json'))
    const restarted = testAuditMain(main.dataLocation)
    const first = await restarted.check(audit.pages())
    expect(first.workbench.ok).toBe(false)
    expect(first.workbench.problems).toEqual([
      {
        seq: 0,
        kind: 'wiped',
        code: 'audit.chain.anchorLost',
        params: { at: { instant: expect.stringMatching(/^2026-11-27T01:00:0\d\.000Z$/) } }
      }
    ])
    // The record survives the next writes and another restart.
    await restarted.service.record('w', 'operators.create', 'operator:o', { operator: '王五' })
    const again = await testAuditMain(main.dataLocation).check(audit.pages())
    expect(again.workbench.problems.map((p) => p.code)).toEqual(['audit.chain.anchorLost'])
  })
})

describe('校验完整性 of the working copy through main', () => {
  it('finds a forged entry whose plain hashes were all recomputed', async () => {
    const main = testAuditMain()
    const { db, audit, record } = await workbench(main)
    for (let n = 1; n <= 4; n++) await record(n)
    const entries = await db.auditLog.orderBy('seq').toArray()
    let prevHash = GENESIS_HASH
    for (const entry of entries) {
      const forged = entry.seq === 2 ? { ...entry, details: { n: 200 } } : entry
      const next = { ...forged, prevHash }
      const rehashed: AuditEntry = { ...next, hash: await computeAuditHash(next) }
      await db.auditLog.put(rehashed)
      prevHash = rehashed.hash
    }
    expect(said(await main.check(audit.pages()))).toEqual([
      { seq: 2, kind: 'rehashed', code: 'audit.chain.rehashed', params: { seq: 2 } }
    ])
  })

  it('finds the log wiped, and refuses to write on a log main knows is cut short', async () => {
    const main = testAuditMain()
    const { db, audit, record } = await workbench(main)
    for (let n = 1; n <= 3; n++) await record(n)
    await db.auditLog.clear()
    expect(said(await main.check(audit.pages()))).toEqual([
      { seq: 1, kind: 'wiped', code: 'audit.chain.wiped', params: { count: 3 } }
    ])
    await expect(record(4)).rejects.toMatchObject({
      code: 'audit.append.notHead',
      params: { expected: 4, seq: 1 }
    })
    expect(await db.auditLog.count()).toBe(0)
  })

  it('checks a log larger than one page', async () => {
    const main = testAuditMain()
    const { audit, record } = await workbench(main)
    for (let n = 1; n <= 3; n++) await record(n)
    const pages: AuditEntry[][] = []
    for await (const page of audit.pages()) pages.push(page)
    expect(pages.map((page) => page.map((e) => e.seq))).toEqual([[1, 2, 3]])
    async function* onePerPage() {
      for (const page of pages) for (const entry of page) yield [entry]
    }
    expect((await main.check(onePerPage())).workbench).toEqual({
      ok: true,
      problems: [],
      entries: 3
    })
    // Out of order pages are refused, not checked.
    const check = await main.service.checkPage({ checkId: null, entries: pages[0] as AuditEntry[] })
    await expect(
      main.service.checkPage({ checkId: check.checkId, entries: pages[0] as AuditEntry[] })
    ).rejects.toMatchObject({ code: 'audit.check.pageOrder' })
    await expect(main.service.checkFinish({ checkId: 'gone' })).rejects.toMatchObject({
      code: 'audit.check.unknown'
    })
  })
})

describe('a crash between main’s answer and the write', () => {
  it('before the write: the entry main keyed is not there, nothing is missing, the next write goes on', async () => {
    const main = testAuditMain()
    const { db, audit, record } = await workbench(main)
    await record(1)
    // The change fails inside its transaction after main keyed its entry (as a crash would).
    await expect(
      audit.recordChange([], { action: 'settings.update', target: 'x', details: {} }, async () => {
        throw new Error('crash')
      })
    ).rejects.toThrow('crash')
    expect(await db.auditLog.count()).toBe(1)
    expect(storedHead(main).workbench).toMatchObject({ count: 1 })
    expect(storedHead(main).workbench.pending).toHaveLength(1)
    expect((await main.check(audit.pages())).workbench.ok).toBe(true)
    await record(2)
    expect((await main.check(audit.pages())).workbench).toEqual({
      ok: true,
      problems: [],
      entries: 2
    })
  })

  it('after the write, before the confirmation: the next entry, or the check, moves main’s head on', async () => {
    const main = testAuditMain()
    let lose = true
    const lossy: AuditSealPort = {
      seal: main.seal.seal,
      commit: (seq, mac) =>
        lose ? Promise.reject(new Error('window closed')) : main.seal.commit(seq, mac)
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { audit, record } = await workbench(main, lossy)
    await record(1)
    expect(storedHead(main).workbench).toMatchObject({ count: 0 })
    // The next entry continues from the pending one: main takes it as written.
    await record(2)
    expect(storedHead(main).workbench).toMatchObject({ count: 1 })
    // 校验完整性 finds the pending entry in the log and moves the head to it.
    expect((await main.check(audit.pages())).workbench).toEqual({
      ok: true,
      problems: [],
      entries: 2
    })
    expect(storedHead(main).workbench).toMatchObject({ count: 2, pending: [] })
    lose = false
    await record(3)
    expect(storedHead(main).workbench).toMatchObject({ count: 3 })
    expect(warn).toHaveBeenCalledTimes(2)
    warn.mockRestore()
  })
})

describe('a log written before entries were keyed', () => {
  async function legacy(db: WorkbenchDb, count: number): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = []
    for (let seq = 1; seq <= count; seq++) {
      const fields = {
        seq,
        at: '2026-01-05T08:00:00.000Z',
        actor: '本机操作员',
        action: 'licence.put',
        target: 'licences',
        details: { seq },
        prevHash: entries.at(-1)?.hash ?? GENESIS_HASH
      }
      entries.push({ ...fields, hash: await computeAuditHash(fields) })
    }
    await db.auditLog.bulkAdd(entries)
    return entries
  }

  it('is continued, not rewritten: the first keyed entry anchors it, and main says from where', async () => {
    const main = testAuditMain()
    const { db, audit, record } = await workbench(main)
    const old = await legacy(db, 3)
    await record(1)
    const first = await db.auditLog.get(4)
    expect(first).toMatchObject({ seq: 4, prevMac: old[2]?.hash, prevHash: old[2]?.hash })
    expect(await db.auditLog.get(1)).toEqual(old[0])
    const outcome = await main.check(audit.pages())
    expect(outcome.workbench).toEqual({ ok: true, problems: [], entries: 4 })
    expect(outcome.keyedFrom).toEqual({ seq: 4, at: first?.at })

    // Rewritten and re-hashed before the keyed part: the anchor breaks.
    let prevHash = GENESIS_HASH
    for (const entry of old) {
      const next = { ...entry, actor: entry.seq === 1 ? '他人' : entry.actor, prevHash }
      const rehashed = { ...next, hash: await computeAuditHash(next) }
      await db.auditLog.put(rehashed)
      prevHash = rehashed.hash
    }
    expect(said(await main.check(audit.pages()))).toEqual([
      { seq: 3, kind: 'rehashed', code: 'audit.chain.legacyRehashed', params: { seq: 4 } }
    ])
  })
})

describe('main’s own log', () => {
  it('is MAC-chained and anchored; after a crash between the entry and the head it goes on', async () => {
    const main = testAuditMain()
    await main.service.record('window:1', 'seals.trustStore.remove', 'trust:x', { name: 'CA' })
    const key = createSecretStore(main.dataLocation).secret('auditMac')
    const before = storedHead(main)
    await main.service.record('window:1', 'operators.create', 'operator:o-1', { operator: '王五' })
    // The head write of the second entry is lost: the file is back to the first.
    await openHeadFile(main.dataLocation, key).write(before)
    const restarted = testAuditMain(main.dataLocation)
    await restarted.service.record('window:1', 'operators.update', 'operator:o-1', {
      operator: '王五'
    })
    const entries = await restarted.service.mainEntries({ limit: 10 })
    expect(entries.map((e) => [e.seq, e.action, e.actor])).toEqual([
      [3, 'operators.update', '(unidentified)'],
      [2, 'operators.create', '(unidentified)'],
      [1, 'seals.trustStore.remove', '(unidentified)']
    ])
    expect(await restarted.service.mainEntries({ limit: 1, beforeSeq: 3 })).toEqual([entries[1]])
    const outcome = await restarted.check((async function* () {})())
    expect(outcome.main).toEqual({ ok: true, problems: [], entries: 3 })
    expect(statSync(restarted.service.mainLogPath).mode & 0o777).toBe(0o600)
  })

  it('names an entry of its own log edited or deleted', async () => {
    const main = testAuditMain()
    for (const n of [1, 2, 3])
      await main.service.record('w', 'seals.trustStore.remove', `trust:${n}`, { name: `CA ${n}` })
    const lines = readFileSync(main.service.mainLogPath, 'utf8').trim().split('\n')
    lines[0] = lines[0]!.replace('CA 1', 'CA 9')
    writeFileSync(main.service.mainLogPath, [lines[0], lines[2]].join('\n') + '\n')
    const outcome = await main.check((async function* () {})())
    expect(outcome.main.problems.map((p) => [p.seq, p.kind, p.code])).toEqual([
      [1, 'edited', 'audit.chain.edited'],
      [2, 'deleted', 'audit.chain.deleted']
    ])
  })
})
