import { createSign, verify as verifySignature, X509Certificate } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { gunzipSync, gzipSync } from 'node:zlib'
import { Attempts, DEFAULT_MAX_ATTEMPTS } from '../../../shared/domain/sync/attempts'
import { readChecked, sha256Hex } from '../../../shared/domain/sync/checked'
import { syncFault } from '../../../shared/domain/sync/faults'
import {
  openSyncPackage,
  packageLines,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  type OpenedPackage,
  type PackageSignature
} from '../../../shared/domain/sync/package'
import type { Signer } from '../../../shared/domain/sync/sealed-lines'
import type { CheckedBody, SyncEnvironment, SyncTransport } from '../../../shared/domain/sync/ports'
import { ChangesPage, SyncInfo } from '../../../shared/domain/sync/protocol'
import { checkPage, DEFAULT_PAGE_SIZE } from '../../../shared/domain/sync/pull'
import { message, type Message } from '../../../shared/i18n/message'

export interface PackageSigner {
  keyPem: string
  certificatePem: string
}

/** Signs a sealed file's digest (SHA-256 with the key's own algorithm, RSA or ECDSA). */
export function signerFor(signer: PackageSigner): Signer {
  return (digest) => ({
    value: createSign('sha256').update(digest).sign(signer.keyPem, 'base64'),
    certificate: signer.certificatePem
  })
}

export interface ExportOptions {
  transport: SyncTransport
  env: SyncEnvironment
  server: string
  /** The offline workstation's cursor; null: a package that starts from the snapshot. */
  since: number | null
  out: string
  signer?: PackageSigner
  signal?: AbortSignal
  now?: () => Date
  onProgress?: (done: { parts: number; pages: number }) => void
}

export interface ExportReport {
  parts: number
  pages: number
  items: number
  since: number
  headSeq: number
  bytes: number
}

/**
 * `sync export`: fetches what an offline workstation needs — the snapshot when it starts from
 * nothing, then the change pages to the head, each checked as a sync would check it — and writes
 * the package (gzip), sealed and optionally signed, through a temporary file.
 */
export async function exportSyncPackage(options: ExportOptions): Promise<ExportReport> {
  const attempts = new Attempts(options.env, DEFAULT_MAX_ATTEMPTS, options.signal)
  const info = await attempts.run(async () => readChecked(await options.transport.info(), SyncInfo))
  const since = options.since ?? info.snapshot.seq
  if (options.since !== null && options.since < info.retainFromSeq) {
    throw syncFault('resync', 'sync.package.tooOld', {
      since: options.since,
      retained: info.retainFromSeq
    })
  }
  const parts: { n: number; bytes: Uint8Array }[] = []
  if (options.since === null) {
    for (const part of info.snapshot.parts) {
      const bytes = await attempts.run(async () => {
        const fetched = await options.transport.snapshotPart(info.snapshot.id, part.n)
        if (sha256Hex(fetched) !== part.sha256) throw syncFault('corrupt', 'sync.fault.checksum')
        return fetched
      })
      parts.push({ n: part.n, bytes })
      options.onProgress?.({ parts: parts.length, pages: 0 })
    }
  }
  const pages: { since: number; body: CheckedBody }[] = []
  let cursor = since
  let items = 0
  let headSeq: number
  for (;;) {
    const from = cursor
    const { body, page } = await attempts.run(async () => {
      const fetched = await options.transport.changes({
        since: from,
        limit: DEFAULT_PAGE_SIZE,
        epoch: info.epoch
      })
      return { body: fetched, page: checkPage(readChecked(fetched, ChangesPage), from, info.epoch) }
    })
    pages.push({ since: from, body })
    items += page.items.length
    cursor = page.next
    headSeq = page.headSeq
    options.onProgress?.({ parts: parts.length, pages: pages.length })
    if (!page.hasMore) break
  }
  const header = {
    kind: 'header' as const,
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    server: options.server,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    info,
    since: options.since
  }
  const sign = options.signer ? signerFor(options.signer) : null
  const text = packageLines(header, parts, pages, sign)
    .map((line) => `${line}\n`)
    .join('')
  const gz = gzipSync(text)
  await writeFile(`${options.out}.tmp`, gz)
  await rename(`${options.out}.tmp`, options.out)
  return { parts: parts.length, pages: pages.length, items, since, headSeq, bytes: gz.byteLength }
}

/** The largest package this reads: a full package of a large city gzips to a few hundred MB. */
export const MAX_PACKAGE_BYTES = 2 * 1024 * 1024 * 1024

/** Reads and checks a package file (gzip, then its seal) before anything is applied. */
export async function readSyncPackageFile(path: string): Promise<OpenedPackage> {
  const bytes = await readFile(path)
  let text: string
  try {
    text = gunzipSync(bytes, { maxOutputLength: MAX_PACKAGE_BYTES }).toString('utf8')
  } catch {
    throw syncFault('refused', 'sync.package.unreadable')
  }
  return openSyncPackage(text)
}

/** How a refused signature is worded: a 离线同步包 applies nothing, a 待推送包 pushes nothing, a 推送回执 settles nothing. */
const SIGNATURE_WORDS = {
  package: {
    badCertificate: 'sync.package.badCertificate',
    untrustedSigner: 'sync.package.untrustedSigner',
    signerExpired: 'sync.package.signerExpired',
    badSignature: 'sync.package.badSignature'
  },
  outbox: {
    badCertificate: 'sync.outbox.badCertificate',
    untrustedSigner: 'sync.outbox.untrustedSigner',
    signerExpired: 'sync.outbox.signerExpired',
    badSignature: 'sync.outbox.badSignature'
  },
  receipt: {
    badCertificate: 'sync.receipt.badCertificate',
    untrustedSigner: 'sync.receipt.untrustedSigner',
    signerExpired: 'sync.receipt.signerExpired',
    badSignature: 'sync.receipt.badSignature'
  }
} as const

/**
 * Whether the signer is someone the importer trusts: the certificate was issued by `caPem`, is
 * valid now, and its key signed the file's digest. Null when it holds; otherwise why not.
 */
export function checkPackageSignature(
  signature: PackageSignature,
  digest: string,
  caPem: string,
  now: Date = new Date(),
  file: keyof typeof SIGNATURE_WORDS = 'package'
): Message | null {
  const words = SIGNATURE_WORDS[file]
  let certificate: X509Certificate
  let ca: X509Certificate
  try {
    certificate = new X509Certificate(signature.certificate)
    ca = new X509Certificate(caPem)
  } catch {
    return message(words.badCertificate)
  }
  if (!certificate.verify(ca.publicKey)) {
    return message(words.untrustedSigner, { subject: certificate.subject })
  }
  if (now < new Date(certificate.validFrom) || now > new Date(certificate.validTo)) {
    return message(words.signerExpired, { subject: certificate.subject })
  }
  const signed = verifySignature(
    'sha256',
    Buffer.from(digest),
    certificate.publicKey,
    Buffer.from(signature.value, 'base64')
  )
  return signed ? null : message(words.badSignature)
}
