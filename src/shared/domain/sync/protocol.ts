import { z } from 'zod'

/**
 * Protocol v1 between the workbench and 市统一电子证照库 (SYNC.md §4.1): a server-assigned change
 * sequence is the only cursor, pages carry their own checksum, and every write the bureau sends
 * carries a stable mutation id the library deduplicates. Client clocks never enter the protocol.
 */
export const SYNC_PROTOCOL_VERSION = 1

/** The tables the library serves, in the order a bootstrap applies them (referenced ones first). */
export const LIBRARY_TABLES = [
  'departments',
  'catalog',
  'usageAuthorizations',
  'licences',
  'usageRecords',
  'objections'
] as const
export const LibraryTable = z.enum(LIBRARY_TABLES)
export type LibraryTable = z.infer<typeof LibraryTable>

/**
 * The bureau's own records, which the workbench creates and the library keeps (Art. 31
 * 责令限期改正 and what follows it); they travel as mutations and come back in pages.
 */
export const BUREAU_TABLES = ['notices', 'circulars', 'dispositions', 'auditHeads'] as const
export const BureauTable = z.enum(BUREAU_TABLES)
export type BureauTable = z.infer<typeof BureauTable>

export const SyncTable = z.enum([...LIBRARY_TABLES, ...BUREAU_TABLES])
export type SyncTable = z.infer<typeof SyncTable>

const Seq = z.int().min(0)
const Id = z.string().min(1).max(200)
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)
/** A record body as the library stores it; the engine keeps it as received (SYNC.md §4.2). */
const Body = z.record(z.string(), z.unknown())

export const SnapshotPart = z.object({
  n: z.int().min(0),
  rows: z.int().min(0),
  bytes: z.int().min(0),
  sha256: Sha256
})
export type SnapshotPart = z.infer<typeof SnapshotPart>

/** `GET /v1/sync/info` */
export const SyncInfo = z.object({
  protocol: z.int(),
  datasetId: z.string().min(1),
  /** Bumped when the library's history is rewritten: every client re-bootstraps. */
  epoch: z.int().min(1),
  schemaVersion: z.int().min(1),
  minClientProtocol: z.int().min(1),
  headSeq: Seq,
  /** Changes before this sequence are gone; a cursor below it must re-bootstrap. */
  retainFromSeq: Seq,
  snapshot: z.object({ id: z.string().min(1), seq: Seq, parts: z.array(SnapshotPart) }),
  serverTime: z.string()
})
export type SyncInfo = z.infer<typeof SyncInfo>

/** One row of a snapshot part (NDJSON, one per line). */
export const SnapshotRow = z.object({
  table: SyncTable,
  id: Id,
  rev: z.int().min(1),
  seq: Seq,
  data: Body
})
export type SnapshotRow = z.infer<typeof SnapshotRow>

export const ChangeItem = z.discriminatedUnion('op', [
  z.object({
    seq: Seq,
    table: SyncTable,
    op: z.literal('upsert'),
    id: Id,
    rev: z.int().min(1),
    data: Body
  }),
  z.object({ seq: Seq, table: SyncTable, op: z.literal('delete'), id: Id, rev: z.int().min(1) })
])
export type ChangeItem = z.infer<typeof ChangeItem>

/** `GET /v1/changes?since=&limit=`; the body's SHA-256 travels in `x-page-sha256`. */
export const ChangesPage = z.object({
  epoch: z.int().min(1),
  items: z.array(ChangeItem),
  /** The sequence of the last item (or `since` when empty), never a global maximum. */
  next: Seq,
  hasMore: z.boolean(),
  headSeq: Seq
})
export type ChangesPage = z.infer<typeof ChangesPage>

export const MutationOp = z.enum(['create', 'update', 'delete'])
export type MutationOp = z.infer<typeof MutationOp>

export const Mutation = z.object({
  /** Stable for the life of the outbox row: a retry re-sends the same id. */
  mutationId: Id,
  clientSeq: z.int().min(1),
  table: SyncTable,
  op: MutationOp,
  id: Id,
  /** The library's rev the change was made on; 0 for a create. */
  baseRev: z.int().min(0),
  payload: Body
})
export type Mutation = z.infer<typeof Mutation>

export const MAX_MUTATIONS_PER_BATCH = 500

/**
 * The most rows a 待推送包 or 推送回执 carries: more than a year of a bureau's decisions; a larger
 * file is not an outbox. Here, beside the batch bound, so the contract bounds it without reading
 * the file formats.
 */
export const MAX_PACKAGE_MUTATIONS = 100_000

export const MutationBatch = z.object({
  clientId: Id,
  mutations: z.array(Mutation).min(1).max(MAX_MUTATIONS_PER_BATCH)
})
export type MutationBatch = z.infer<typeof MutationBatch>

export const MutationStatus = z.enum(['applied', 'duplicate', 'conflict', 'rejected'])
export type MutationStatus = z.infer<typeof MutationStatus>

export const MutationResult = z.object({
  mutationId: Id,
  status: MutationStatus,
  /** The library's rev after the mutation (applied, duplicate) or its current one (conflict). */
  rev: z.int().min(0).optional(),
  seq: Seq.optional(),
  /** The library's version of the record: what an applied create became, or what won a conflict. */
  record: Body.optional(),
  /** Why a mutation was rejected: a code the client shows in words. */
  error: z.object({ code: z.string(), params: z.record(z.string(), z.unknown()) }).optional()
})
export type MutationResult = z.infer<typeof MutationResult>

export const MutationResponse = z.object({
  results: z.array(MutationResult),
  lastClientSeq: z.int().min(0)
})
export type MutationResponse = z.infer<typeof MutationResponse>

export const DIGEST_BUCKETS = 256

export const DigestBucket = z.object({
  b: z
    .int()
    .min(0)
    .max(DIGEST_BUCKETS - 1),
  count: z.int().min(0),
  /** Sum mod 2^64 of the rows' hashes, as 16 hex digits (JSON numbers stop at 2^53). */
  hash: z.string().regex(/^[0-9a-f]{16}$/)
})
export type DigestBucket = z.infer<typeof DigestBucket>

/** `GET /v1/digest?table=` */
export const TableDigest = z.object({
  table: SyncTable,
  headSeq: Seq,
  count: z.int().min(0),
  buckets: z.array(DigestBucket).length(DIGEST_BUCKETS)
})
export type TableDigest = z.infer<typeof TableDigest>

/** What the library answers instead of a page when the client must do something else first. */
export const ProtocolErrorCode = z.enum([
  'RESYNC_REQUIRED',
  'CLIENT_TOO_OLD',
  'BAD_REQUEST',
  'NOT_FOUND',
  'IDEMPOTENCY_MISMATCH'
])
export const ProtocolError = z.object({
  code: ProtocolErrorCode,
  reason: z.string().optional()
})
export type ProtocolError = z.infer<typeof ProtocolError>
