import { gzipSync } from 'node:zlib'
import { sha256Hex } from '../../../../src/shared/domain/sync/checked'
import type { CheckedBody, SyncTransport } from '../../../../src/shared/domain/sync/ports'
import type {
  ChangesPage,
  MutationBatch,
  MutationResponse,
  SnapshotRow,
  SyncInfo,
  SyncTable,
  TableDigest
} from '../../../../src/shared/domain/sync/protocol'

/**
 * A library played by the test, answer by answer: each endpoint answers from what the test put
 * in, with the checksum a real library would send (or a wrong one when the test says so). It
 * knows nothing of the protocol's rules; the test writes the answers out in full.
 */
export class ScriptedTransport implements SyncTransport {
  info_: SyncInfo
  parts: SnapshotRow[][] = [[]]
  pages = new Map<number, ChangesPage>()
  mutationAnswers: (MutationResponse | Error)[] = []
  digests = new Map<SyncTable, TableDigest>()
  records_ = new Map<
    string,
    { id: string; rev: number; seq: number; data: Record<string, unknown> }[]
  >()
  calls: string[] = []
  sentBatches: { batch: MutationBatch; key: string }[] = []

  constructor(info: Partial<SyncInfo> = {}) {
    this.info_ = {
      protocol: 1,
      datasetId: 'dataset-a',
      epoch: 1,
      schemaVersion: 1,
      minClientProtocol: 1,
      headSeq: 0,
      retainFromSeq: 0,
      snapshot: { id: 'snap-1', seq: 0, parts: [] },
      serverTime: '2026-12-02T10:00:00Z',
      ...info
    }
  }

  /** Sets the snapshot parts (gzip NDJSON with their digests) and the info that lists them. */
  snapshot(id: string, seq: number, parts: SnapshotRow[][]): void {
    this.parts = parts
    this.info_ = {
      ...this.info_,
      snapshot: {
        id,
        seq,
        parts: parts.map((rows, n) => {
          const bytes = this.partBytes(n)
          return { n, rows: rows.length, bytes: bytes.byteLength, sha256: sha256Hex(bytes) }
        })
      }
    }
  }

  /** The bytes of part `n` as served; a test may serve others. */
  partBytes(n: number): Uint8Array {
    const text = (this.parts[n] ?? []).map((row) => JSON.stringify(row)).join('\n')
    return new Uint8Array(gzipSync(text))
  }

  private body(value: unknown): CheckedBody {
    const text = JSON.stringify(value)
    return { text, sha256: sha256Hex(text) }
  }

  async info(): Promise<CheckedBody> {
    this.calls.push('info')
    return this.body(this.info_)
  }

  async snapshotPart(snapshotId: string, part: number): Promise<Uint8Array> {
    this.calls.push(`part ${snapshotId} ${part}`)
    return this.partBytes(part)
  }

  async changes(query: { since: number; limit: number; epoch: number }): Promise<CheckedBody> {
    this.calls.push(`changes ${query.since}`)
    const page = this.pages.get(query.since) ?? {
      epoch: this.info_.epoch,
      items: [],
      next: query.since,
      hasMore: false,
      headSeq: this.info_.headSeq
    }
    return this.body(page)
  }

  async mutations(batch: MutationBatch, key: string): Promise<CheckedBody> {
    this.calls.push(`mutations ${batch.mutations.length}`)
    this.sentBatches.push({ batch, key })
    const answer = this.mutationAnswers.shift()
    if (answer === undefined) throw new Error('no scripted answer')
    if (answer instanceof Error) throw answer
    return this.body(answer)
  }

  async digest(table: SyncTable): Promise<CheckedBody> {
    this.calls.push(`digest ${table}`)
    const digest = this.digests.get(table)
    if (!digest) throw new Error(`no scripted digest for ${table}`)
    return this.body(digest)
  }

  async records(table: SyncTable, bucket: number): Promise<CheckedBody> {
    this.calls.push(`records ${table} ${bucket}`)
    return this.body({ table, items: this.records_.get(`${table}/${bucket}`) ?? [] })
  }
}
