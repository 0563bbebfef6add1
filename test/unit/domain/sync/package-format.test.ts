import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../../../src/shared/domain/sync/checked'
import { SyncFailure } from '../../../../src/shared/domain/sync/faults'
import {
  openSyncPackage,
  packageLines,
  PACKAGE_FORMAT,
  type PackageHeader
} from '../../../../src/shared/domain/sync/package'
import type { ChangesPage } from '../../../../src/shared/domain/sync/protocol'
import { ScriptedTransport } from './scripted-transport'

/**
 * 离线同步包 as the offline workstation opens it: what it refuses before applying anything, and
 * what the package answers when the engine asks it for something it cannot hold.
 */
function header(since: number | null, version = 1): PackageHeader {
  const info = new ScriptedTransport({ headSeq: 12 }).info_
  return {
    kind: 'header',
    format: PACKAGE_FORMAT,
    version,
    server: 'https://library.city.gov.test',
    createdAt: '2026-12-02T10:00:00Z',
    info: { ...info, snapshot: { ...info.snapshot, seq: 10 } },
    since
  }
}

function pageBody(page: ChangesPage) {
  const text = JSON.stringify(page)
  return { text, sha256: sha256Hex(text) }
}

const page10: ChangesPage = { epoch: 1, items: [], next: 10, hasMore: false, headSeq: 12 }

async function refusal(promise: Promise<unknown>): Promise<SyncFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof SyncFailure))
    throw new Error(`expected a SyncFailure, got ${String(error)}`)
  return error
}

function refusalOf(fn: () => unknown): SyncFailure {
  try {
    fn()
  } catch (error) {
    if (error instanceof SyncFailure) return error
    throw error
  }
  throw new Error('expected a SyncFailure')
}

describe('opening a package', () => {
  it('refuses a package of a format version this workbench does not read', () => {
    const lines = packageLines(header(10, 2), [], [{ since: 10, body: pageBody(page10) }], null)
    const error = refusalOf(() => openSyncPackage(`${lines.join('\n')}\n`))
    expect(error.fault.kind).toBe('refused')
    expect(error.fault.message).toEqual({ code: 'sync.package.version', params: { version: 2 } })
  })

  it('opens a package whose last line lost its newline (copied through an editor)', async () => {
    const lines = packageLines(header(10), [], [{ since: 10, body: pageBody(page10) }], null)
    const opened = openSyncPackage(lines.join('\n'))
    expect(opened.header.since).toBe(10)
    const served = await opened.transport.changes({ since: 10, limit: 2000, epoch: 1 })
    expect(JSON.parse(served.text)).toEqual(page10)
  })

  it('reads an end line whose seal is not a bare SHA-256 as no package at all', () => {
    const lines = packageLines(header(10), [], [{ since: 10, body: pageBody(page10) }], null)
    const end = JSON.parse(lines.at(-1) as string) as { sha256: string }
    for (const seal of [`${end.sha256}0`, `0${end.sha256}`]) {
      const forged = [...lines.slice(0, -1), JSON.stringify({ ...end, sha256: seal })]
      const error = refusalOf(() => openSyncPackage(`${forged.join('\n')}\n`))
      expect(error.fault.message.code).toBe('sync.package.unreadable')
    }
  })
})

describe('what an opened package answers', () => {
  it('has no snapshot part when made from a cursor, and names that cursor', async () => {
    const lines = packageLines(header(10), [], [{ since: 10, body: pageBody(page10) }], null)
    const { transport } = openSyncPackage(`${lines.join('\n')}\n`)
    const error = await refusal(transport.snapshotPart('snap-1', 0))
    expect(error.fault.kind).toBe('refused')
    expect(error.fault.message).toEqual({ code: 'sync.package.noSnapshot', params: { since: 10 } })
  })

  it('serves the parts it carries, of its own snapshot only', async () => {
    const bytes = new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3])
    const lines = packageLines(header(null), [{ n: 0, bytes }], [], null)
    const { transport } = openSyncPackage(`${lines.join('\n')}\n`)
    expect(await transport.snapshotPart('snap-1', 0)).toEqual(bytes)
    const otherSnapshot = await refusal(transport.snapshotPart('snap-2', 0))
    expect(otherSnapshot.fault.message.code).toBe('sync.package.noSnapshot')
    const missingPart = await refusal(transport.snapshotPart('snap-1', 1))
    expect(missingPart.fault.message.code).toBe('sync.package.noSnapshot')
  })

  it('cannot take the outbox, a digest request or a bucket request: it is pull only', async () => {
    const lines = packageLines(header(10), [], [{ since: 10, body: pageBody(page10) }], null)
    const { transport } = openSyncPackage(`${lines.join('\n')}\n`)
    const asked = [
      transport.mutations(
        {
          clientId: 'ws',
          mutations: [
            {
              mutationId: 'm1',
              clientSeq: 1,
              table: 'dispositions',
              op: 'create',
              id: 'd1',
              baseRev: 0,
              payload: {}
            }
          ]
        },
        'key'
      ),
      transport.digest('licences'),
      transport.records('licences', 0)
    ]
    for (const promise of asked) {
      const error = await refusal(promise)
      expect(error.fault.kind).toBe('refused')
      expect(error.fault.message.code).toBe('sync.package.readOnly')
    }
  })
})
