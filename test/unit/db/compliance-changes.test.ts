import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import {
  COMPLIANCE_STATE_KEY,
  MAX_TRACKED_CHANGES,
  noteChanges,
  readChanges,
  remainingChanges
} from '../../../src/renderer/src/db/compliance-changes'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { openTestDb } from './support'

let db: WorkbenchDb | undefined
afterEach(() => db?.close())

async function scanned(label: string): Promise<WorkbenchDb> {
  db = await openTestDb(label)
  await db.meta.put({ key: COMPLIANCE_STATE_KEY, value: { finishedAt: 'x' } })
  return db
}

const note = (db: WorkbenchDb, table: 'licenceIds' | 'usageRecordIds', ids: string[]) =>
  db.transaction('rw', db.meta, () => noteChanges(db, table, ids))

describe('changes noted for the incremental scan', () => {
  it('notes nothing before the first scan, then every written id once', async () => {
    db = await openTestDb('changes-none')
    await note(db, 'licenceIds', ['a'])
    expect((await readChanges(db)).licenceIds).toEqual([])

    await db.meta.put({ key: COMPLIANCE_STATE_KEY, value: { finishedAt: 'x' } })
    await note(db, 'licenceIds', ['a', 'b'])
    await note(db, 'licenceIds', ['b', 'c'])
    await note(db, 'usageRecordIds', ['u1'])
    expect(await readChanges(db)).toMatchObject({
      licenceIds: ['a', 'b', 'c'],
      usageRecordIds: ['u1'],
      overflow: false,
      generation: 3
    })
  })

  it('keeps what was written while a scan ran, and clears what it covered', async () => {
    const db = await scanned('changes-during')
    await note(db, 'licenceIds', ['a'])
    const covered = await readChanges(db)
    expect(remainingChanges(await readChanges(db), covered).licenceIds).toEqual([])
    // Written again during the scan: it must be re-scanned, even though the scan read it.
    await note(db, 'licenceIds', ['a'])
    expect(remainingChanges(await readChanges(db), covered).licenceIds).toEqual(['a'])
  })

  it('gives up tracking past the limit, so the next scan is full', async () => {
    const db = await scanned('changes-overflow')
    const many = Array.from({ length: MAX_TRACKED_CHANGES + 1 }, (_, index) => `l${index}`)
    await note(db, 'licenceIds', many)
    expect(await readChanges(db)).toMatchObject({ overflow: true, licenceIds: [] })
  })
})
