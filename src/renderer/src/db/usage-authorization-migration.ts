import type { Transaction } from 'dexie'
import { z } from 'zod'
import {
  LicenceTypeCodeShape,
  PERMANENT,
  usageAuthorizationId,
  UsccShape,
  type UsageAuthorization
} from '@shared/domain/licences'

/** The meta entry where schema v1–v2 kept the demo city's 用证授权 (one row per type). */
export const LEGACY_USAGE_AUTHORIZATIONS_KEY = 'demo.usageAuthorizations'

const LegacyTypeAuthorization = z.object({
  typeCode: LicenceTypeCodeShape,
  units: z.array(z.object({ uscc: UsccShape, name: z.string().min(1) }))
})

/**
 * The old entry's rows as records: one per unit and type, without dates (the entry had none, so
 * the authorisation keeps applying to every day as before). A row of another shape is dropped
 * rather than failing the upgrade, which would leave the whole database unopened.
 */
export function usageAuthorizationsFromLegacy(
  value: unknown,
  updatedAt: string
): UsageAuthorization[] {
  if (!Array.isArray(value)) return []
  const records = new Map<string, UsageAuthorization>()
  for (const row of value) {
    const parsed = LegacyTypeAuthorization.safeParse(row)
    if (!parsed.success) continue
    const { typeCode, units } = parsed.data
    for (const unit of units) {
      const id = usageAuthorizationId(typeCode, unit.uscc)
      records.set(id, {
        id,
        rev: 1,
        deleted: false,
        serverSeq: null,
        updatedAt,
        typeCode,
        unit: { name: unit.name, uscc: unit.uscc },
        validFrom: null,
        validUntil: PERMANENT,
        basis: null
      })
    }
  }
  return [...records.values()]
}

/** Schema v3's upgrade: the meta entry becomes rows of `usageAuthorizations`, then goes. */
export async function moveLegacyUsageAuthorizations(
  tx: Transaction,
  updatedAt: string
): Promise<void> {
  const meta = tx.table('meta')
  const entry = (await meta.get(LEGACY_USAGE_AUTHORIZATIONS_KEY)) as { value: unknown } | undefined
  if (!entry) return
  await tx
    .table('usageAuthorizations')
    .bulkPut(usageAuthorizationsFromLegacy(entry.value, updatedAt))
  await meta.delete(LEGACY_USAGE_AUTHORIZATIONS_KEY)
}
