import { beijingDateOf, defaultWorkingDayCalendar } from '../../../../src/shared/domain/calendar'
import { checkLicenceIdentifier } from '../../../../src/shared/domain/codes/licence-identifier'
import { checkUscc } from '../../../../src/shared/domain/codes/uscc'
import type { CatalogEntry } from '../../../../src/shared/domain/licences/catalog-entry'
import {
  PERMANENT,
  stateAfterAction,
  type Licence,
  type LicenceState
} from '../../../../src/shared/domain/licences/licence'
import type { Objection } from '../../../../src/shared/domain/licences/objection'
import type { UsageAuthorization } from '../../../../src/shared/domain/licences/usage-authorization'
import type { UsageRecord } from '../../../../src/shared/domain/licences/usage-record'
import {
  BULK_ACCESS_LIMIT,
  emptyViolations,
  type GroundTruth
} from '../../../../src/shared/domain/demo/ground-truth'

/**
 * A deliberately plain, slow reading of the rule definitions in `ground-truth.ts`, written apart
 * from the generator: the demo's ground truth must equal what this finds.
 */
export interface DemoTables {
  catalog: CatalogEntry[]
  usageAuthorizations: UsageAuthorization[]
  licences: Licence[]
  usageRecords: UsageRecord[]
  objections: Objection[]
}

function date(instant: string): string {
  const day = beijingDateOf(instant)
  if (!day) throw new Error(`bad instant ${instant}`)
  return day
}

function workingDaysAfter(day: string, n: number): string {
  const result = defaultWorkingDayCalendar.addWorkingDays(day, n)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.data
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

function stateAt(licence: Licence, instant: string): LicenceState {
  const time = Date.parse(instant)
  let state: LicenceState = 'valid'
  const events = licence.statusHistory
    .filter((event) => Date.parse(event.businessTime) <= time)
    .sort((a, b) => Date.parse(a.businessTime) - Date.parse(b.businessTime))
  for (const event of events) {
    const next = stateAfterAction(state, event.action)
    if (next.ok) state = next.state
  }
  return state
}

export function referenceScan(tables: DemoTables, today: string): GroundTruth['violations'] {
  const found = emptyViolations()
  for (const entry of tables.catalog) {
    const missing =
      entry.name.trim() === '' ||
      entry.licenceCategory === null ||
      entry.issuingAuthorityName === null ||
      entry.holderCategory === null ||
      entry.baseMap === null
    if (!entry.setBySuperiorStandard && missing) found['catalog.incomplete'].push(entry.id)
  }
  const catalogTypes = new Set(tables.catalog.map((entry) => entry.typeCode))
  const licences = new Map(tables.licences.map((licence) => [licence.id, licence]))
  for (const licence of tables.licences) {
    if (!catalogTypes.has(licence.typeCode)) found['catalog.unregistered-type'].push(licence.id)
    const pushDays = { online: 0, offline: 1, bulk: 5 } as const
    if (licence.generationMode !== 'legacy') {
      const lastDay = workingDaysAfter(date(licence.completedAt), pushDays[licence.generationMode])
      const pushed = licence.pushedAt === null ? null : date(licence.pushedAt)
      if (pushed === null ? today > lastDay : pushed > lastDay) {
        found[`push.${licence.generationMode}-late`].push(licence.id)
      }
    }
    licence.statusHistory.forEach((event, index) => {
      if (date(event.recordedTime) > workingDaysAfter(date(event.businessTime), 1)) {
        found['status.late'].push(`${licence.id}#${index}`)
      }
    })
    const blank = [
      licence.number,
      licence.holder.name,
      licence.holder.code,
      licence.issueDate,
      licence.issuingAuthorityCode
    ].some((value) => value === '')
    if (licence.pushedAt !== null && blank) found['metadata.missing'].push(licence.id)
    if (
      licence.state === 'valid' &&
      licence.validUntil !== PERMANENT &&
      licence.validUntil < today &&
      today > workingDaysAfter(nextDay(licence.validUntil), 1)
    ) {
      found['data.expired-shown-valid'].push(licence.id)
    }
    const badIdentifier = checkLicenceIdentifier(licence.identifier).status !== 'valid'
    const badHolder =
      licence.holder.codeType === '001' &&
      licence.holder.code !== '' &&
      checkUscc(licence.holder.code).status !== 'valid'
    if (badIdentifier || badHolder) found['data.invalid-code'].push(licence.id)
    if (!licence.sealPresent) found['data.missing-seal'].push(licence.id)
  }

  const perUnitDay = new Map<string, Set<string>>()
  for (const usage of tables.usageRecords) {
    const used = date(usage.usedAt)
    const covered = tables.usageAuthorizations.some(
      (a) =>
        !a.deleted &&
        a.typeCode === usage.typeCode &&
        a.unit.uscc === usage.usingUnit.uscc &&
        (a.validFrom === null || a.validFrom <= used) &&
        (a.validUntil === PERMANENT || used <= a.validUntil)
    )
    if (!covered) found['usage.unauthorized-unit'].push(usage.id)
    const key = `${usage.usingUnit.uscc}@${date(usage.usedAt)}`
    perUnitDay.set(key, (perUnitDay.get(key) ?? new Set()).add(usage.licenceId))
    const licence = licences.get(usage.licenceId)
    if (usage.result.kind === 'refused' && licence) {
      const day = date(usage.usedAt)
      const inPeriod =
        day >= licence.validFrom && (licence.validUntil === PERMANENT || day <= licence.validUntil)
      if (inPeriod && stateAt(licence, usage.usedAt) === 'valid') {
        found['usage.refused-valid'].push(usage.id)
      }
    }
  }
  for (const [key, used] of perUnitDay) {
    if (used.size > BULK_ACCESS_LIMIT) found['usage.bulk-access'].push(key)
  }
  for (const objection of tables.objections) {
    const lastDay = workingDaysAfter(date(objection.receivedAt), 5)
    const late =
      objection.repliedAt === null ? today > lastDay : date(objection.repliedAt) > lastDay
    if (late) found['objection.late'].push(objection.id)
  }
  return found
}
