import { z } from 'zod'
import type { SyncLocalStore } from './ports'
import { MAX_PACKAGE_MUTATIONS, Mutation, MutationResult } from './protocol'
import {
  openSealedLines,
  parseLine,
  refused,
  sealLines,
  type PackageSignature,
  type Signer
} from './sealed-lines'

/**
 * 待推送包 and 推送回执 (issue 13 item 5, the way back): a workstation that never reaches the
 * extranet writes its outbox to a file; a connected machine pushes it to the library exactly as
 * the workstation would have (same mutation ids, same batches and retries) and writes the
 * library's answers to a receipt, which the workstation imports as if it had pushed itself.
 */
export const OUTBOX_PACKAGE_FORMAT = 'xuchang-elicense-outbox-package' as const
export const OUTBOX_RECEIPT_FORMAT = 'xuchang-elicense-outbox-receipt' as const
export const OUTBOX_PACKAGE_VERSION = 1

const ClientId = z.string().min(1).max(200)

export const OutboxPackageHeader = z.object({
  kind: z.literal('header'),
  format: z.literal(OUTBOX_PACKAGE_FORMAT),
  version: z.int(),
  clientId: ClientId,
  /** The library dataset the outbox was made against; null before the first sync. */
  datasetId: z.string().nullable(),
  createdAt: z.string(),
  mutations: z.int().min(1).max(MAX_PACKAGE_MUTATIONS)
})
export type OutboxPackageHeader = z.infer<typeof OutboxPackageHeader>

export const OutboxReceiptHeader = z.object({
  kind: z.literal('header'),
  format: z.literal(OUTBOX_RECEIPT_FORMAT),
  version: z.int(),
  clientId: ClientId,
  /** The SHA-256 of the 待推送包 these are the answers to. */
  packageSha256: z.string().regex(/^[0-9a-f]{64}$/),
  server: z.string(),
  createdAt: z.string(),
  results: z.int().min(0).max(MAX_PACKAGE_MUTATIONS)
})
export type OutboxReceiptHeader = z.infer<typeof OutboxReceiptHeader>

/**
 * The outbox rows, oldest first, as a sealed file; signed by main with the workstation's client
 * certificate when it has one, so the courier can tell whose outbox it carries.
 */
export function outboxPackageLines(
  header: Omit<OutboxPackageHeader, 'kind' | 'format' | 'version' | 'mutations'>,
  mutations: readonly Mutation[],
  sign: Signer | null = null
): string[] {
  const full: OutboxPackageHeader = {
    kind: 'header',
    format: OUTBOX_PACKAGE_FORMAT,
    version: OUTBOX_PACKAGE_VERSION,
    ...header,
    mutations: mutations.length
  }
  return sealLines([JSON.stringify(full), ...mutations.map((m) => JSON.stringify(m))], sign)
}

export interface OpenedOutboxPackage {
  header: OutboxPackageHeader
  mutations: Mutation[]
  /** The SHA-256 the seal (and the signature, when there is one) covers. */
  digest: string
  signature: PackageSignature | null
}

function checkVersion(version: number): void {
  if (version !== OUTBOX_PACKAGE_VERSION) refused('sync.package.version', { version })
}

/** A 待推送包 checked whole: sealed, as many distinct mutations as its header says. */
export function openOutboxPackage(text: string): OpenedOutboxPackage {
  const { body, digest, signature } = openSealedLines(text)
  const header = parseLine(body[0], OutboxPackageHeader)
  checkVersion(header.version)
  const mutations = body.slice(1).map((line) => parseLine(line, Mutation))
  const distinct = new Set(mutations.map((m) => m.mutationId))
  if (mutations.length !== header.mutations || distinct.size !== mutations.length) {
    refused('sync.package.unreadable')
  }
  return { header, mutations, digest, signature }
}

/** The library's answers to a 待推送包, as a sealed file, signed by the courier when it can. */
export function outboxReceiptLines(
  header: Omit<OutboxReceiptHeader, 'kind' | 'format' | 'version' | 'results'>,
  results: readonly MutationResult[],
  sign: Signer | null = null
): string[] {
  const full: OutboxReceiptHeader = {
    kind: 'header',
    format: OUTBOX_RECEIPT_FORMAT,
    version: OUTBOX_PACKAGE_VERSION,
    ...header,
    results: results.length
  }
  return sealLines([JSON.stringify(full), ...results.map((r) => JSON.stringify(r))], sign)
}

export interface OpenedOutboxReceipt {
  header: OutboxReceiptHeader
  results: MutationResult[]
}

/**
 * A 推送回执 checked whole and meant for this workstation: answers made for another one would
 * settle its outbox rows here by id alone.
 */
export function openOutboxReceipt(text: string, clientId: string): OpenedOutboxReceipt {
  const { body } = openSealedLines(text)
  const header = parseLine(body[0], OutboxReceiptHeader)
  checkVersion(header.version)
  const results = body.slice(1).map((line) => parseLine(line, MutationResult))
  if (results.length !== header.results) refused('sync.package.unreadable')
  if (header.clientId !== clientId) refused('sync.receipt.otherWorkstation')
  return { header, results }
}

/**
 * The package's mutations as the outbox `push` empties: each answered one leaves it, so the
 * courier's push runs the same batches, splits and retries as the workstation's own.
 */
export function packageOutbox(mutations: readonly Mutation[]) {
  const pending = new Map(mutations.map((m) => [m.mutationId, m]))
  const results: MutationResult[] = []
  const outbox: Pick<SyncLocalStore, 'pendingMutations' | 'recordResults'> = {
    pendingMutations: async (limit) => [...pending.values()].slice(0, limit),
    recordResults: async (answered) => {
      for (const result of answered) {
        if (pending.delete(result.mutationId)) results.push(result)
      }
    }
  }
  return { outbox, results }
}
