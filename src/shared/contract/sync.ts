import { z } from 'zod'
import { MAX_PACKAGE_MUTATIONS, Mutation, MutationBatch, SyncTable } from '../domain/sync/protocol'
import { messageSchema } from './result'

/**
 * 同步 over the contract: the renderer's sync engine asks main for each protocol request, and main
 * makes it over the extranet (proxy, government CA, client certificate). Only protocol v1's
 * requests can be asked for; the library's address is main's, never the renderer's.
 */
export const syncRequestInputSchema = z.discriminatedUnion('route', [
  z.object({ route: z.literal('info') }).strict(),
  z
    .object({
      route: z.literal('snapshotPart'),
      snapshotId: z.string().min(1).max(200),
      part: z.int().min(0).max(100_000)
    })
    .strict(),
  z
    .object({
      route: z.literal('changes'),
      since: z.int().min(0),
      limit: z.int().min(1).max(10_000),
      epoch: z.int().min(1)
    })
    .strict(),
  z
    .object({
      route: z.literal('mutations'),
      batch: MutationBatch,
      idempotencyKey: z.string().min(1).max(200)
    })
    .strict(),
  z.object({ route: z.literal('digest'), table: SyncTable }).strict(),
  z
    .object({ route: z.literal('records'), table: SyncTable, bucket: z.int().min(0).max(65_535) })
    .strict()
])
export type SyncRequest = z.infer<typeof syncRequestInputSchema>

/** What went wrong, sorted by what the engine does about it (see domain/sync/faults.ts). */
export const syncFaultSchema = z.object({
  kind: z.enum([
    'network',
    'unavailable',
    'corrupt',
    'resync',
    'protocol',
    'auth',
    'tls',
    'proxy',
    'refused',
    'cancelled'
  ]),
  message: messageSchema,
  retryAfterMs: z.number().int().min(0).optional()
})

/**
 * The library's answer as received: text with the checksum it declared, or a snapshot part's
 * gzip bytes (base64); or the fault, which the engine retries or reports.
 */
export const syncRequestOutputSchema = z.union([
  z.object({ ok: z.literal(true), text: z.string(), sha256: z.string().nullable() }).strict(),
  z.object({ ok: z.literal(true), base64: z.base64() }).strict(),
  z.object({ ok: z.literal(false), fault: syncFaultSchema }).strict()
])
export type SyncAnswer = z.infer<typeof syncRequestOutputSchema>

/** Where this workstation's data comes from. */
export const librarySourceSchema = z.enum(['embedded', 'configured', 'none'])

/** 电子证照库连接 as the renderer may know it: the address, never the keys. */
export const libraryStatusSchema = z.object({
  source: librarySourceSchema,
  /** The library's address; null while the 演示库 is still being filled, or with none. */
  server: z.string().nullable(),
  proxy: z.string().nullable(),
  /** The 演示库 being filled on a first start: licences written of how many. */
  preparing: z.object({ done: z.int().min(0), total: z.int().min(0) }).nullable(),
  /** Why the 演示库 could not start. */
  failure: messageSchema.nullable(),
  /** The names of the CA file and the client certificate configured, never their contents. */
  ca: z.string().nullable(),
  clientCertificate: z.string().nullable()
})
export type LibraryStatus = z.infer<typeof libraryStatusSchema>

/** A small file chosen in 设置 (a CA certificate, a PKCS#12), carried whole. */
const libraryFileSchema = z
  .object({ name: z.string().min(1).max(255), base64: z.base64().min(4).max(350_000) })
  .strict()

/**
 * 设置 → 电子证照库连接 (系统管理员): the city library's address, an HTTP proxy, the government
 * CA and the bureau's client certificate; `keep` leaves a file configured before; `embedded`
 * forgets the configuration and goes back to the 演示库.
 */
export const configureLibraryInputSchema = z.discriminatedUnion('use', [
  z.object({ use: z.literal('embedded') }).strict(),
  z
    .object({
      use: z.literal('library'),
      server: z.string().min(1).max(2048),
      proxy: z.string().max(2048).nullable(),
      ca: z.union([libraryFileSchema, z.literal('keep')]).nullable(),
      certificate: z
        .union([
          libraryFileSchema.extend({ password: z.string().max(1024) }).strict(),
          z.literal('keep')
        ])
        .nullable()
    })
    .strict()
])
export type ConfigureLibraryInput = z.infer<typeof configureLibraryInputSchema>

export const diagnosisStepSchema = z.object({
  step: z.enum(['address', 'proxy', 'dns', 'tcp', 'tls', 'clientCertificate', 'library']),
  status: z.enum(['ok', 'warning', 'failed', 'skipped']),
  said: messageSchema,
  ms: z.number().min(0).optional()
})

/** 连接诊断: each step on the road to the library with what it found. */
export const connectionDiagnosisSchema = z.object({
  ok: z.boolean(),
  steps: z.array(diagnosisStepSchema)
})

/** 导入离线同步包: a package uploaded to main (by file handle). */
export const openPackageInputSchema = z
  .object({ fileId: z.string().regex(/^[\w-]{1,64}$/) })
  .strict()

/** What main found in a package it checked: where it comes from, what it carries, who signed. */
export const syncPackageSummarySchema = z.object({
  packageId: z.uuid(),
  fileName: z.string(),
  server: z.string(),
  createdAt: z.string(),
  datasetId: z.string(),
  /** The cursor its pages start from; null: it carries the whole snapshot. */
  since: z.int().min(0).nullable(),
  headSeq: z.int().min(0),
  /** The signer's certificate subject; null: unsigned, only its checksum was checked. */
  signer: z.string().nullable()
})
export type SyncPackageSummary = z.infer<typeof syncPackageSummarySchema>

/**
 * 导出待推送包: the outbox rows for main to seal, and to sign with the workstation's client
 * certificate when one is configured (the renderer never holds the key).
 */
export const sealOutboxInputSchema = z
  .object({
    clientId: z.string().min(1).max(200),
    datasetId: z.string().min(1).max(200).nullable(),
    createdAt: z.iso.datetime(),
    mutations: z.array(Mutation).min(1).max(MAX_PACKAGE_MUTATIONS)
  })
  .strict()
export type SealOutboxInput = z.infer<typeof sealOutboxInputSchema>

export const sealedOutboxSchema = z.object({
  text: z.string(),
  /** The signing certificate's subject; null: sealed only (no client certificate configured). */
  signer: z.string().nullable()
})
export type SealedOutbox = z.infer<typeof sealedOutboxSchema>

/** 导入推送回执: main checks the receipt's seal and, when signed, its signer against the CA. */
export const checkReceiptInputSchema = z.object({ text: z.string().max(64 * 1024 * 1024) }).strict()

export const checkedReceiptSchema = z.object({
  /** The courier's certificate subject; null: unsigned, only its checksum was checked. */
  signer: z.string().nullable()
})
export type CheckedReceipt = z.infer<typeof checkedReceiptSchema>

export const packageRequestInputSchema = z
  .object({ packageId: z.uuid(), request: syncRequestInputSchema })
  .strict()
