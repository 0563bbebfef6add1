/**
 * 信任证书库: the certificates and CRLs the administrator imported, kept by main in
 * `<dataLocation>/trust-store/` as one DER file per item (`certificate-<sha256>.der`,
 * `crl-<sha256>.der`) plus `index.json` with where each came from and when. Nothing is trusted
 * until it is imported here.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as pkijs from 'pkijs'
import type { TrustEntry } from '../../../shared/contract'
import { parseTrustMaterial, summarizeCertificate } from '../../../shared/domain/seals/crypto'
import { formatName } from '../../../shared/domain/seals/crypto/certificates'

export type TrustKind = 'certificate' | 'crl'

export interface TrustImportResult {
  added: TrustEntry[]
  duplicates: number
  /** A code of the seals catalog when the file added nothing. */
  problem: 'seals.trustImport.noMaterial' | null
}

export interface TrustStore {
  list(): Promise<TrustEntry[]>
  importFile(bytes: Uint8Array, sourceName: string): Promise<TrustImportResult>
  remove(id: string): Promise<boolean>
  /** What verification uses: every imported certificate as an anchor, every CRL. */
  material(): Promise<{ certificates: Uint8Array[]; crls: Uint8Array[] }>
}

interface IndexRecord {
  sourceName: string
  importedAt: string
}

interface StoredItem {
  entry: TrustEntry
  der: Uint8Array
}

const INDEX_FILE = 'index.json'
const ID_PATTERN = /^(certificate|crl)-[0-9a-f]{64}$/

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function describe(kind: TrustKind, der: Uint8Array, id: string, record: IndexRecord): TrustEntry {
  if (kind === 'certificate') {
    return { kind, id, ...record, certificate: summarizeCertificate(der) }
  }
  const crl = pkijs.CertificateRevocationList.fromBER(der)
  return {
    kind,
    id,
    ...record,
    crl: {
      issuer: formatName(crl.issuer),
      thisUpdate: crl.thisUpdate.value.toISOString(),
      nextUpdate: crl.nextUpdate?.value.toISOString() ?? null,
      revokedCount: crl.revokedCertificates?.length ?? 0,
      sha256Fingerprint: sha256Hex(der).toUpperCase()
    }
  }
}

export function createTrustStore(dir: string, now: () => Date = () => new Date()): TrustStore {
  let cache: Promise<Map<string, StoredItem>> | undefined
  /** Changes run one after another, so two imports never lose each other's index entries. */
  let queue: Promise<unknown> = Promise.resolve()

  function serially<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work, work)
    queue = next.catch(() => undefined)
    return next
  }

  async function readIndex(): Promise<Record<string, IndexRecord>> {
    try {
      const parsed: unknown = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8'))
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, IndexRecord>) : {}
    } catch {
      return {}
    }
  }

  async function writeIndex(items: Map<string, StoredItem>): Promise<void> {
    const index: Record<string, IndexRecord> = {}
    for (const [id, { entry }] of items) {
      index[id] = { sourceName: entry.sourceName, importedAt: entry.importedAt }
    }
    const temporary = join(dir, `${INDEX_FILE}.${process.pid}.tmp`)
    await writeFile(temporary, JSON.stringify(index, null, 2))
    await rename(temporary, join(dir, INDEX_FILE))
  }

  async function load(): Promise<Map<string, StoredItem>> {
    const items = new Map<string, StoredItem>()
    for (const [id, record] of Object.entries(await readIndex())) {
      if (!ID_PATTERN.test(id)) continue
      try {
        const der = new Uint8Array(await readFile(join(dir, `${id}.der`)))
        items.set(id, { der, entry: describe(id.split('-')[0] as TrustKind, der, id, record) })
      } catch {
        // A file deleted or damaged behind our back is dropped from the list, not fatal.
      }
    }
    return items
  }

  const items = (): Promise<Map<string, StoredItem>> => (cache ??= load())

  return {
    async list() {
      return [...(await items()).values()].map((item) => item.entry)
    },

    importFile(bytes, sourceName) {
      return serially(async () => {
        const material = parseTrustMaterial(bytes, sourceName)
        const found: [TrustKind, Uint8Array][] = [
          ...material.certificates.map((der): [TrustKind, Uint8Array] => ['certificate', der]),
          ...material.crls.map((der): [TrustKind, Uint8Array] => ['crl', der])
        ]
        if (found.length === 0)
          return { added: [], duplicates: 0, problem: 'seals.trustImport.noMaterial' }
        const current = await items()
        await mkdir(dir, { recursive: true })
        const added: TrustEntry[] = []
        let duplicates = 0
        for (const [kind, der] of found) {
          const id = `${kind}-${sha256Hex(der)}`
          if (current.has(id)) {
            duplicates++
            continue
          }
          const record = { sourceName, importedAt: now().toISOString() }
          const entry = describe(kind, der, id, record)
          await writeFile(join(dir, `${id}.der`), der)
          current.set(id, { der, entry })
          added.push(entry)
        }
        if (added.length > 0) await writeIndex(current)
        return { added, duplicates, problem: null }
      })
    },

    remove(id) {
      return serially(async () => {
        const current = await items()
        if (!ID_PATTERN.test(id) || !current.has(id)) return false
        current.delete(id)
        await writeIndex(current)
        await rm(join(dir, `${id}.der`), { force: true })
        return true
      })
    },

    async material() {
      const certificates: Uint8Array[] = []
      const crls: Uint8Array[] = []
      for (const { entry, der } of (await items()).values()) {
        ;(entry.kind === 'certificate' ? certificates : crls).push(der)
      }
      return { certificates, crls }
    }
  }
}
