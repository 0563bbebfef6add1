import { z } from 'zod'
import { sha256Hex } from './checked'
import type { CheckedBody, SyncTransport } from './ports'
import { SyncInfo } from './protocol'
import {
  openSealedLines,
  parseLine,
  refused,
  sealLines,
  type PackageSignature,
  type Signer
} from './sealed-lines'

export { PackageSignature } from './sealed-lines'

/**
 * 离线同步包 (SYNC.md §4.1, issue 13 item 5): what a connected workstation fetched from the
 * library — the info, the snapshot parts when the package starts from nothing, and the change
 * pages from a cursor to the head — as NDJSON lines, closed by a line with the SHA-256 of all the
 * lines before it and, optionally, a signature over that digest. An offline workstation applies it
 * through the same engine, so a package is applied exactly as the pages would have been.
 */
export const PACKAGE_FORMAT = 'xuchang-elicense-sync-package' as const
export const PACKAGE_VERSION = 1

export const PackageHeader = z.object({
  kind: z.literal('header'),
  format: z.literal(PACKAGE_FORMAT),
  version: z.int(),
  server: z.string(),
  createdAt: z.string(),
  info: SyncInfo,
  /** The cursor the pages start from; null: the package carries the snapshot. */
  since: z.int().min(0).nullable()
})
export type PackageHeader = z.infer<typeof PackageHeader>

const PartEntry = z.object({
  kind: z.literal('part'),
  n: z.int().min(0),
  base64: z.string()
})
const PageEntry = z.object({
  kind: z.literal('page'),
  since: z.int().min(0),
  body: z.string(),
  sha256: z.string().nullable()
})
type PartEntry = z.infer<typeof PartEntry>
type PageEntry = z.infer<typeof PageEntry>

/** The lines of a package, and the end line that seals them. */
export function packageLines(
  header: PackageHeader,
  parts: readonly { n: number; bytes: Uint8Array }[],
  pages: readonly { since: number; body: CheckedBody }[],
  sign: Signer | null
): string[] {
  const lines = [
    JSON.stringify(header),
    ...parts.map((part) =>
      JSON.stringify({ kind: 'part', n: part.n, base64: toBase64(part.bytes) } satisfies PartEntry)
    ),
    ...pages.map((page) =>
      JSON.stringify({
        kind: 'page',
        since: page.since,
        body: page.body.text,
        sha256: page.body.sha256
      } satisfies PageEntry)
    )
  ]
  return sealLines(lines, sign)
}

export interface OpenedPackage {
  header: PackageHeader
  signature: PackageSignature | null
  /** The SHA-256 the signature covers. */
  digest: string
  transport: SyncTransport
}

/**
 * A package's text checked whole before anything is applied: the end line must be there and its
 * digest must match every line before it. Then a transport that answers the engine from the
 * package; a page it does not hold (the local cursor is elsewhere) is refused with both cursors.
 */
export function openSyncPackage(text: string): OpenedPackage {
  const { body, digest, signature } = openSealedLines(text)
  const header = parseLine(body[0], PackageHeader)
  if (header.version !== PACKAGE_VERSION) {
    refused('sync.package.version', { version: header.version })
  }
  const parts = new Map<number, Uint8Array>()
  const pages = new Map<number, CheckedBody>()
  for (const line of body.slice(1)) {
    const entry = parseLine(line, z.discriminatedUnion('kind', [PartEntry, PageEntry]))
    if (entry.kind === 'part') parts.set(entry.n, fromBase64(entry.base64))
    else pages.set(entry.since, { text: entry.body, sha256: entry.sha256 })
  }
  const transport: SyncTransport = {
    info: async () => {
      const text = JSON.stringify(header.info)
      return { text, sha256: sha256Hex(text) }
    },
    snapshotPart: async (snapshotId, n) => {
      const bytes = parts.get(n)
      if (snapshotId !== header.info.snapshot.id || !bytes) {
        refused('sync.package.noSnapshot', { since: header.since ?? 0 })
      }
      return bytes
    },
    changes: async ({ since }) => {
      const page = pages.get(since)
      if (!page) refused('sync.package.gap', { since: header.since ?? 0, cursor: since })
      return page
    },
    mutations: async () => refused('sync.package.readOnly'),
    digest: async () => refused('sync.package.readOnly'),
    records: async () => refused('sync.package.readOnly')
  }
  return { header, signature, digest, transport }
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
