import { readFile, stat } from 'node:fs/promises'
import type { TrustImportOutput } from '../../../shared/contract'
import type { FileRegistry } from '../files/file-registry'
import type { TrustStore } from './trust-store'

/** Certificates and CRLs are small; anything bigger is not trust material. */
export const MAX_TRUST_FILE_BYTES = 10 * 1024 * 1024

type ImportResult = TrustImportOutput['results'][number]

/** Imports registered files (dialog picks or uploads) into the trust store, one result each. */
export async function importTrustFiles(
  registry: FileRegistry,
  store: TrustStore,
  fileIds: readonly string[]
): Promise<ImportResult[]> {
  const results: ImportResult[] = []
  for (const fileId of fileIds) {
    const entry = registry.lookup(fileId)
    const fileName = entry?.displayName ?? fileId
    const rejected = (problem: ImportResult['problem']): ImportResult => ({
      fileName,
      added: [],
      duplicates: 0,
      problem
    })
    const info = entry ? await stat(entry.path).catch(() => null) : null
    if (!entry || !info?.isFile()) {
      results.push(rejected('seals.trustImport.unreadable'))
      continue
    }
    if (info.size > MAX_TRUST_FILE_BYTES) {
      results.push(rejected('seals.trustImport.tooLarge'))
      continue
    }
    const bytes = await readFile(entry.path).catch(() => null)
    if (!bytes) {
      results.push(rejected('seals.trustImport.unreadable'))
      continue
    }
    results.push({ fileName, ...(await store.importFile(new Uint8Array(bytes), fileName)) })
  }
  return results
}
