import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Licence, Objection } from '../../../src/shared/domain/licences'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { HOLDER_KEY_SETTING } from '../../../src/renderer/src/db/holder-key'
import { openTestDb, testRepositories } from './support'
import { auditProblems } from './audit-main'

let db: WorkbenchDb | undefined
afterEach(() => db?.close())

const base = { rev: 1, deleted: false, serverSeq: null, updatedAt: '2026-01-05T09:00:00+08:00' }

function licence(id: string, overrides: Partial<Licence> = {}): Licence {
  return {
    ...base,
    id,
    identifier: `1.2.156.3005.2.11100000000013338W032.11411000MB8574367T.${id.toUpperCase()}.001.A`,
    typeCode: '11100000000013338W032',
    number: `JZ-${id}`,
    holder: {
      category: 'organization',
      codeType: '001',
      name: '许昌瑞鑫建筑工程有限公司',
      code: '91411000MA44TEST0X',
      codeHash: null
    },
    issuerDepartmentId: 'dept-zjj',
    issuingAuthorityCode: '11411000MB8574367T',
    issueDate: '2026-01-05',
    validFrom: '2026-01-05',
    validUntil: '2031-01-04',
    state: 'valid',
    generationMode: 'online',
    completedAt: '2026-01-05T09:00:00+08:00',
    pushedAt: '2026-01-05T09:05:00+08:00',
    sealPresent: true,
    qrCode: { present: false, validFrom: null, validUntil: null },
    version: '001',
    areaCode: '411000',
    statusHistory: [],
    ...overrides
  }
}

describe('repositories', () => {
  it('audits each change in the same transaction, by whom and when, in a verifiable chain', async () => {
    db = await openTestDb('repo-audit')
    const repos = testRepositories(db, '审计员李四')
    await repos.licences.put([licence('a1'), licence('a2')], '手工录入')
    await repos.licences.remove('a1')
    await repos.settings.set('ui.pageSize', 50)
    const entries = await repos.audit.list({ limit: 10 })
    expect(entries.map((e) => [e.seq, e.action, e.target, e.actor])).toEqual([
      [3, 'settings.update', 'setting:ui.pageSize', '审计员李四'],
      [2, 'licence.delete', 'licence:a1', '审计员李四'],
      [1, 'licence.put', 'licences', '审计员李四']
    ])
    expect(entries[0]!.at > entries[2]!.at).toBe(true)
    expect(await auditProblems(db, repos.audit.pages())).toEqual([])
    expect((await repos.audit.list({ limit: 1, beforeSeq: 3 }))[0]?.seq).toBe(2)
  })

  it('detects an edited or truncated audit log', async () => {
    db = await openTestDb('repo-tamper')
    const repos = testRepositories(db)
    for (const size of [10, 20, 30]) await repos.settings.set('ui.pageSize', size)
    await db.auditLog.update(2, { actor: '他人' })
    expect(await auditProblems(db, repos.audit.pages())).toEqual([[2, 'edited']])
    await db.auditLog.delete(3)
    expect(await auditProblems(db, repos.audit.pages())).toEqual([
      [2, 'edited'],
      [3, 'truncated']
    ])
  })

  it('keeps one chain when two writers append at the same time', async () => {
    db = await openTestDb('repo-race')
    const first = testRepositories(db, '甲')
    const second = testRepositories(db, '乙')
    await Promise.all([
      ...[1, 2, 3].map((n) => first.settings.set(`a.${n}`, n)),
      ...[1, 2, 3].map((n) => second.settings.set(`b.${n}`, n))
    ])
    const entries = await first.audit.list({ limit: 10 })
    expect(entries.map((e) => e.seq)).toEqual([6, 5, 4, 3, 2, 1])
    expect(await auditProblems(db, first.audit.pages())).toEqual([])
    expect(await db.settings.count()).toBe(6)
  })

  it('keeps dashboard counts in step with puts, state changes and deletions', async () => {
    db = await openTestDb('repo-counts')
    const repos = testRepositories(db)
    await repos.licences.put([licence('c1'), licence('c2'), licence('c3')], '导入')
    await repos.licences.put([licence('c2', { state: 'revoked', rev: 2 })], '吊销')
    await repos.licences.remove('c3')
    expect(Object.fromEntries(await repos.licences.countBy('state'))).toEqual({
      valid: 1,
      revoked: 1
    })
    expect(await repos.licences.get('c3')).toBeUndefined()
    const page = await repos.licences.query({}, { limit: 10 })
    expect(page.rows.map((r) => r.id)).toEqual(['c1', 'c2'])
    expect(page.total).toBe(2)
    expect(await repos.licences.remove('c3')).toBe(false)
  })

  it('refuses to expose or overwrite the holder hash key through settings', async () => {
    db = await openTestDb('repo-settings')
    const repos = testRepositories(db)
    await db.settings.put({ key: HOLDER_KEY_SETTING, value: 'ab'.repeat(32) })
    expect(await repos.settings.get(HOLDER_KEY_SETTING)).toEqual({
      ok: false,
      error: { code: 'errors.settings.reserved', detail: `read ${HOLDER_KEY_SETTING}` }
    })
    expect(await repos.settings.set(HOLDER_KEY_SETTING, 'x')).toEqual({
      ok: false,
      error: { code: 'errors.settings.reserved', detail: `write ${HOLDER_KEY_SETTING}` }
    })
    expect((await db.settings.get(HOLDER_KEY_SETTING))?.value).toBe('ab'.repeat(32))
    expect(await repos.audit.list({ limit: 5 })).toEqual([])
  })

  it('replies to an objection once, recording when', async () => {
    db = await openTestDb('repo-objection')
    const repos = testRepositories(db)
    const objection: Objection = {
      ...base,
      id: 'obj-1',
      licenceId: 'c1',
      filedAt: '2026-11-20T09:00:00+08:00',
      receivedAt: '2026-11-20T10:00:00+08:00',
      repliedAt: null,
      outcome: 'pending',
      issuerDepartmentId: 'dept-zjj'
    }
    await repos.objections.put([objection], '受理')
    const replied = await repos.objections.reply('obj-1', 'corrected')
    expect(replied.ok && replied.data).toMatchObject({ outcome: 'corrected', rev: 2 })
    expect(replied.ok && replied.data.repliedAt).toMatch(/^2026-11-27T/)
    expect(await repos.objections.reply('obj-1', 'upheld')).toEqual({
      ok: false,
      error: { code: 'errors.objection.alreadyReplied' }
    })
    expect(await repos.objections.reply('obj-none', 'upheld')).toEqual({
      ok: false,
      error: { code: 'errors.objection.notFound' }
    })
    expect(await repos.objections.list({ outcome: 'corrected' })).toHaveLength(1)
    expect((await repos.audit.list({ limit: 5 })).map((e) => e.action)).toEqual([
      'objection.reply',
      'objection.put'
    ])
  })
})
