import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { DATA_SCHEMA_VERSION } from '../../../src/shared/app-meta'
import { openWorkbenchDb } from '../../../src/renderer/src/db/database'
import {
  checkSchemaVersions,
  declareSchemaVersions,
  type SchemaVersion
} from '../../../src/renderer/src/db/migrations'
import { SCHEMA_VERSIONS, schemaV1, schemaV2, schemaV3 } from '../../../src/renderer/src/db/schema'
import { toStoredLicence } from '../../../src/renderer/src/db/licence-keys'
import { licence } from '../domain/compliance/fixtures'
import { uniqueDbName } from './support'

/** A test-only v2: splits 证照状态 out of a nested field and adds an index on the new field. */
const testV2: SchemaVersion = {
  version: 2,
  stores: { objections: 'id, licenceId, issuerDepartmentId, receivedAt, outcome, answered' },
  async upgrade(tx) {
    await tx
      .table('objections')
      .toCollection()
      .modify((row: { repliedAt: string | null; answered?: number }) => {
        row.answered = row.repliedAt === null ? 0 : 1
      })
  }
}

describe('schema migrations', () => {
  it('the newest schema version is the one 系统信息 reports', () => {
    expect(SCHEMA_VERSIONS.at(-1)?.version).toBe(DATA_SCHEMA_VERSION)
    expect(checkSchemaVersions(SCHEMA_VERSIONS)).toBeNull()
  })

  it('rejects a list that skips a version, naming the place and the version found', () => {
    expect(checkSchemaVersions([schemaV1, { ...testV2, version: 3 }])).toEqual({
      code: 'errors.schema.versionOrder',
      params: { position: 2, actual: 3 }
    })
    expect(checkSchemaVersions([{ ...schemaV1, version: 0 }])).toEqual({
      code: 'errors.schema.versionOrder',
      params: { position: 1, actual: 0 }
    })
  })

  it('refuses to declare such a list with a coded error, before Dexie sees a version', async () => {
    const declared: number[] = []
    const db = { version: (v: number) => (declared.push(v), { stores: () => ({}) }) }
    const thrown = (() => {
      try {
        declareSchemaVersions(db as never, [schemaV1, { ...testV2, version: 3 }])
      } catch (error) {
        return error
      }
    })()
    expect(thrown).toMatchObject({
      code: 'errors.schema.versionOrder',
      params: { position: 2, actual: 3 },
      message: 'schema versions out of order'
    })
    expect(declared).toEqual([])
  })

  it('opens v1 data with the next version and migrates it', async () => {
    const name = uniqueDbName('migrate')
    const v1 = await openWorkbenchDb({ name, versions: [schemaV1] })
    const row = {
      rev: 1,
      deleted: false,
      serverSeq: null,
      updatedAt: '2026-11-20T10:00:00+08:00',
      licenceId: 'lic-1',
      filedAt: '2026-11-20T09:00:00+08:00',
      receivedAt: '2026-11-20T10:00:00+08:00',
      outcome: 'pending' as const,
      issuerDepartmentId: 'dept-1'
    }
    await v1.objections.bulkPut([
      { ...row, id: 'open', repliedAt: null },
      { ...row, id: 'done', repliedAt: '2026-11-21T10:00:00+08:00', outcome: 'upheld' }
    ])
    await v1.licences.put({ id: 'kept' } as never)
    v1.close()

    const v2 = await openWorkbenchDb({ name, versions: [schemaV1, testV2] })
    expect(v2.verno).toBe(2)
    const answered = await v2.objections.where('answered').equals(1).toArray()
    expect(answered.map((o) => o.id)).toEqual(['done'])
    expect(await v2.objections.count()).toBe(2)
    expect(await v2.licences.get('kept')).toEqual({ id: 'kept' })
    v2.close()
  })

  it('opens v1 data under v2 unchanged, with the empty compliance tables and their indexes', async () => {
    const name = uniqueDbName('v1-to-v2')
    const v1 = await openWorkbenchDb({ name, versions: [schemaV1] })
    const department = { id: 'dept-1', name: '许昌市市场监督管理局', uscc: '11411000MB1234567X' }
    await v1.departments.put(department as never)
    await v1.meta.put({ key: 'demo.load', value: { status: 'complete' } })
    await v1.auditLog.put({ seq: 1, action: 'demo.load' } as never)
    v1.close()

    const v2 = await openWorkbenchDb({ name, versions: [schemaV1, schemaV2] })
    expect(v2.verno).toBe(2)
    expect(await v2.departments.get('dept-1')).toEqual(department)
    expect((await v2.meta.get('demo.load'))?.value).toEqual({ status: 'complete' })
    expect(await v2.auditLog.count()).toBe(1)
    expect(await v2.findings.count()).toBe(0)
    await v2.findings.put({
      id: 'r:1',
      departmentId: 'dept-1',
      status: 'open',
      ruleId: 'r'
    } as never)
    const byDepartment = await v2.findings
      .where('[departmentId+status]')
      .equals(['dept-1', 'open'])
      .toArray()
    expect(byDepartment.map((row) => row.id)).toEqual(['r:1'])
    expect(await v2.notices.where('status').equals('issued').count()).toBe(0)
    expect(await v2.circulars.where('noticeId').equals('n').count()).toBe(0)
    v2.close()
  })

  it('v3 moves the demo city’s usage authorisations from meta into their own table', async () => {
    const name = uniqueDbName('v2-to-v3')
    const v2 = await openWorkbenchDb({ name, versions: [schemaV1, schemaV2] })
    await v2.meta.bulkPut([
      {
        key: 'demo.usageAuthorizations',
        value: [
          {
            typeCode: '11100000000013338W032',
            units: [
              { departmentId: 'dept-a', name: '许昌市政务服务中心', uscc: '12411000416000031X' },
              { departmentId: 'dept-b', name: '许昌市民政局', uscc: '11411000416000025M' }
            ]
          },
          { typeCode: 'not a type code', units: [{ name: '某单位', uscc: '12411000416000031X' }] },
          {
            typeCode: '11100000000013338W009',
            units: [
              { departmentId: 'dept-a', name: '许昌市政务服务中心', uscc: '12411000416000031X' }
            ]
          }
        ]
      },
      { key: 'demo.load', value: { status: 'complete' } }
    ])
    v2.close()

    const v3 = await openWorkbenchDb({ name, versions: [schemaV1, schemaV2, schemaV3] })
    expect(v3.verno).toBe(3)
    const rows = await v3.usageAuthorizations.orderBy('id').toArray()
    for (const row of rows) expect(Date.parse(row.updatedAt)).not.toBeNaN()
    expect(rows.map(({ updatedAt: _updatedAt, ...row }) => row)).toEqual([
      {
        id: 'auth-11100000000013338W009-12411000416000031X',
        rev: 1,
        deleted: false,
        serverSeq: null,
        typeCode: '11100000000013338W009',
        unit: { name: '许昌市政务服务中心', uscc: '12411000416000031X' },
        validFrom: null,
        validUntil: '长期',
        basis: null
      },
      {
        id: 'auth-11100000000013338W032-11411000416000025M',
        rev: 1,
        deleted: false,
        serverSeq: null,
        typeCode: '11100000000013338W032',
        unit: { name: '许昌市民政局', uscc: '11411000416000025M' },
        validFrom: null,
        validUntil: '长期',
        basis: null
      },
      {
        id: 'auth-11100000000013338W032-12411000416000031X',
        rev: 1,
        deleted: false,
        serverSeq: null,
        typeCode: '11100000000013338W032',
        unit: { name: '许昌市政务服务中心', uscc: '12411000416000031X' },
        validFrom: null,
        validUntil: '长期',
        basis: null
      }
    ])
    expect(
      (await v3.usageAuthorizations.where('unit.uscc').equals('12411000416000031X').toArray()).map(
        (row) => row.typeCode
      )
    ).toEqual(['11100000000013338W009', '11100000000013338W032'])
    expect(await v3.meta.get('demo.usageAuthorizations')).toBeUndefined()
    expect((await v3.meta.get('demo.load'))?.value).toEqual({ status: 'complete' })
    v3.close()
  })

  it('v3 opens an installation that never held authorisations with an empty table', async () => {
    const name = uniqueDbName('v2-to-v3-empty')
    const v2 = await openWorkbenchDb({ name, versions: [schemaV1, schemaV2] })
    await v2.meta.put({ key: 'demo.load', value: { status: 'complete' } })
    v2.close()
    const v3 = await openWorkbenchDb({ name, versions: [schemaV1, schemaV2, schemaV3] })
    expect(v3.verno).toBe(3)
    expect(await v3.usageAuthorizations.count()).toBe(0)
    expect(await v3.meta.count()).toBe(1)
    v3.close()
  })

  it('v6 keeps a v5 working copy’s outbox and sync state and adds an empty table of witnessed heads', async () => {
    const name = uniqueDbName('v5-to-v6')
    const v5 = await openWorkbenchDb({ name, versions: SCHEMA_VERSIONS.slice(0, 5) })
    expect(v5.verno).toBe(5)
    await v5.table('outbox').add({
      mutationId: 'm-1',
      clientSeq: 1,
      table: 'notices',
      op: 'create',
      id: 'n-1',
      baseRev: 0,
      payload: { status: 'draft' }
    })
    await v5.meta.put({ key: 'sync.clientId', value: 'ws-1' })
    v5.close()
    const v6 = await openWorkbenchDb({ name, versions: SCHEMA_VERSIONS.slice(0, 6) })
    expect(v6.verno).toBe(6)
    expect(await v6.outbox.toArray()).toEqual([expect.objectContaining({ mutationId: 'm-1' })])
    expect((await v6.meta.get('sync.clientId'))?.value).toBe('ws-1')
    await v6.auditHeads.put({
      id: 'ah-ws-1-4',
      rev: 1,
      clientId: 'ws-1',
      seq: 4,
      hash: 'a'.repeat(64),
      mac: null,
      anchoredAt: '2026-12-03T02:00:00.000Z'
    })
    expect(await v6.auditHeads.where('clientId').equals('ws-1').count()).toBe(1)
    v6.close()
  })

  it('v7 lists a v6 working copy’s licences newest issue date first from the new index', async () => {
    const name = uniqueDbName('v6-to-v7')
    const v6 = await openWorkbenchDb({ name, versions: SCHEMA_VERSIONS.slice(0, 6) })
    const dates = ['2026-03-01', '2026-11-30', '', '2025-07-15', '2026-11-30']
    await v6.licences.bulkPut(
      dates.map((issueDate, i) => toStoredLicence(licence({ id: `lic-${i}`, issueDate })))
    )
    v6.close()
    const v7 = await openWorkbenchDb({ name, versions: SCHEMA_VERSIONS })
    expect(v7.verno).toBe(7)
    const listed = await v7.licences.orderBy('[issueRank+id]').toArray()
    // Newest first, ties by id, a licence without an issue date last.
    expect(listed.map((row) => row.id)).toEqual(['lic-1', 'lic-4', 'lic-0', 'lic-3', 'lic-2'])
    v7.close()
  })
})
