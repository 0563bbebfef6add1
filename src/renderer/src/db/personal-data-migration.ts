import type { Transaction } from 'dexie'
import {
  maskCitizenIdsIn,
  maskDocumentNumber,
  maskHolderCode,
  maskIdNumber
} from '@shared/domain/privacy'
import type { Licence } from '@shared/domain/licences'
import { fromStoredLicence, toStoredLicence } from './licence-keys'
import type { StoredLicence } from './schema'

/** A code stored under the ID mask of schema v1–v3: first 6 and last 4 kept (18 or 15 long). */
const OLD_ID_MASK = /^\d{6}(\*{8}|\*{5})[\dX]{4}$/

/**
 * A natural person's stored code under today's masks. Stored codes are masked already (by the
 * older, wider rule); the new masks show a subset of what the old ones showed, so masking the
 * stored value gives what masking the raw number would have. A code that somehow is not masked
 * is masked as it would be on import.
 */
export function remaskHolderCode(holder: Licence['holder']): string {
  const { code } = holder
  if (holder.category !== 'naturalPerson' || code === '') return code
  if (!code.includes('*')) return maskHolderCode(code)
  return holder.codeType === '111' || OLD_ID_MASK.test(code)
    ? maskIdNumber(code)
    : maskDocumentNumber(code)
}

/** Every string in a stored value with the ID numbers in it masked; other values as they were. */
export function maskIdsDeep<T>(value: T): T {
  if (typeof value === 'string') return maskCitizenIdsIn(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => maskIdsDeep(item)) as T
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, maskIdsDeep(item)])
    ) as T
  return value
}

/** The licence as schema v4 stores it, or null when it needs no change. */
export function remaskedLicence(row: StoredLicence): StoredLicence | null {
  const licence = fromStoredLicence(row)
  const code = remaskHolderCode(licence.holder)
  const number = maskCitizenIdsIn(licence.number)
  const name = maskCitizenIdsIn(licence.holder.name)
  if (code === licence.holder.code && number === licence.number && name === licence.holder.name)
    return null
  return toStoredLicence({ ...licence, number, holder: { ...licence.holder, code, name } })
}

/**
 * v4 — personal data that cannot be recovered. Holder codes stored under the old masks (first 6
 * and last 4 of an ID number: only the birth date hidden) are narrowed to the new ones (first 4
 * and last 2); ID numbers stored in clear in 证照编号 or a holder's name, and in findings,
 * notices and circulars that quote them, are masked. Their keyed hashes cannot be made here (the
 * key is main's, and an upgrade cannot wait for RPC): such a licence is found by its other
 * fields, and by its full ID number again once imported anew. The audit log is left as it is:
 * its entries are chained, and no entry records a holder's code or a licence number.
 */
export async function remaskPersonalData(tx: Transaction): Promise<void> {
  const licences = tx.table<StoredLicence, string>('licences')
  const changed: StoredLicence[] = []
  await licences.toCollection().each((row) => {
    const next = remaskedLicence(row)
    if (next) changed.push(next)
  })
  if (changed.length > 0) await licences.bulkPut(changed)
  for (const name of ['findings', 'notices', 'circulars']) {
    await tx
      .table(name)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        const masked = maskIdsDeep(row)
        if (JSON.stringify(masked) !== JSON.stringify(row)) Object.assign(row, masked)
      })
  }
}
