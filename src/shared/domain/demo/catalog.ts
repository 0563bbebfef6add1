import type { CatalogEntry } from '../licences/catalog-entry'
import type { AuthorityLevel } from '../licences/common'
import { PERMANENT } from '../licences/licence'
import { usageAuthorizationId, type UsageAuthorization } from '../licences/usage-authorization'
import { randomHex, randomUscc } from './codes'
import {
  EXTERNAL_DEFINERS,
  LOCAL_TYPES,
  SUPERIOR_TYPES,
  UNREGISTERED_TYPES,
  type LicenceTypeSpec
} from './catalog-types'
import { DEMO_EPOCH, departmentId, type DemoDepartment } from './departments'
import type { SeededRandom } from './prng'

/** A licence type with its code resolved and the departments that issue it. */
export interface DemoLicenceType {
  spec: LicenceTypeSpec
  typeCode: string
  issuers: DemoDepartment[]
  definerName: string
  definerCode: string
  definerLevel: AuthorityLevel
  /** Registered in the catalog; false only for UNREGISTERED_TYPES. */
  registered: boolean
}

/** 授权用证单位: the departments allowed to use licences of one type (Art. 28). */
export interface DemoTypeAuthorization {
  typeCode: string
  units: { departmentId: string; name: string; uscc: string }[]
}

export function resolveLicenceTypes(
  departments: readonly DemoDepartment[],
  reference: SeededRandom
): DemoLicenceType[] {
  const byKey = new Map(departments.map((department) => [department.key, department]))
  const externalCodes = new Map(
    EXTERNAL_DEFINERS.map((definer) => [
      definer.key,
      definer.uscc ??
        randomUscc(reference, '11', definer.level === 'national' ? '100000' : '410000')
    ])
  )
  const resolve = (spec: LicenceTypeSpec, registered: boolean): DemoLicenceType => {
    const issuers = spec.issuers.map((key) => {
      const department = byKey.get(key)
      if (!department) throw new Error(`demo catalog names an unknown department: ${key}`)
      return department
    })
    const sequence = String(spec.sequence).padStart(3, '0')
    if (spec.definer.startsWith('local:')) {
      const definer = byKey.get(spec.definer.slice('local:'.length))
      if (!definer) throw new Error(`demo catalog names an unknown definer: ${spec.definer}`)
      return {
        spec,
        typeCode: `${definer.record.uscc}${sequence}`,
        issuers,
        definerName: definer.record.name,
        definerCode: definer.record.uscc,
        definerLevel: 'municipal',
        registered
      }
    }
    const external = EXTERNAL_DEFINERS.find((definer) => definer.key === spec.definer)
    const code = externalCodes.get(spec.definer)
    if (!external || !code)
      throw new Error(`demo catalog names an unknown definer: ${spec.definer}`)
    return {
      spec,
      typeCode: `${code}${sequence}`,
      issuers,
      definerName: external.name,
      definerCode: code,
      definerLevel: external.level,
      registered
    }
  }
  return [
    ...SUPERIOR_TYPES.map((spec) => resolve(spec, true)),
    ...LOCAL_TYPES.map((spec) => resolve(spec, true)),
    ...UNREGISTERED_TYPES.map((spec) => resolve(spec, false))
  ]
}

/** The Art. 11 items a planted incomplete entry may lack. */
export const ART11_ITEMS = [
  'name',
  'licenceCategory',
  'issuingAuthorityName',
  'holderCategory',
  'baseMap'
] as const

export interface CatalogBuild {
  entries: CatalogEntry[]
  /** Entries planted for `catalog.incomplete`. */
  incompleteIds: string[]
}

/**
 * One entry per (type, issuing department), as each issuer registers its own (Art. 11).
 * `incompleteRate` of the local entries lose one or two Art. 11 items; a few superior-standard
 * entries lack their 底图 too, which Art. 11 does not require of them.
 */
export function buildCatalog(
  types: readonly DemoLicenceType[],
  random: SeededRandom,
  incompleteRate: number
): CatalogBuild {
  const entries: CatalogEntry[] = []
  const incompleteIds: string[] = []
  let serial = 0
  for (const type of types.filter((t) => t.registered)) {
    const superior = !type.spec.definer.startsWith('local:')
    for (const issuer of type.issuers) {
      serial += 1
      const id = `cat-${String(serial).padStart(4, '0')}`
      const version = random.int(1, 3)
      const entry: CatalogEntry = {
        id,
        rev: 1,
        deleted: false,
        serverSeq: serial,
        updatedAt: DEMO_EPOCH,
        name: type.spec.name,
        licenceCategory: type.spec.category,
        issuingAuthorityName: issuer.record.name,
        holderCategory: type.spec.holder,
        baseMap: {
          fileName: `${type.typeCode}-底图.png`,
          sha256: randomHex(random, 64),
          byteLength: random.int(80_000, 900_000),
          mediaType: 'image/png'
        },
        typeCode: type.typeCode,
        definingAuthority: {
          name: type.definerName,
          code: type.definerCode,
          level: type.definerLevel
        },
        item: {
          name: `${type.spec.name}核发`,
          code: `${issuer.record.divisionCode ?? '411000'}${random.string('0123456789', 10)}`
        },
        validityRange: type.spec.validity,
        issuingAuthorityLevel: issuer.record.level,
        issuerDepartmentId: departmentId(issuer.key),
        setBySuperiorStandard: superior,
        version,
        changeHistory: Array.from({ length: version }, (_, index) => ({
          version: index + 1,
          at: `2024-${String(3 + index * 3).padStart(2, '0')}-1${index}T10:00:00+08:00`,
          actor: `${issuer.record.name}目录管理员`,
          changedFields:
            index === 0 ? ['created'] : [random.pick(['validityRange', 'baseMap', 'item'])]
        }))
      }
      if (!superior && random.chance(incompleteRate)) {
        dropArt11Items(entry, random)
        incompleteIds.push(id)
      } else if (superior && random.chance(0.1)) {
        entry.baseMap = null
      }
      entries.push(entry)
    }
  }
  return { entries, incompleteIds }
}

function dropArt11Items(entry: CatalogEntry, random: SeededRandom): void {
  const count = random.int(1, 2)
  for (let i = 0; i < count; i++) {
    const item = random.pick(ART11_ITEMS)
    if (item === 'name') entry.name = ''
    else entry[item] = null
  }
}

/**
 * Every type may be used by its issuers, by 市政务服务和大数据管理局 and 市政务服务中心 (the
 * library's operators), and by two to five further departments chosen per type.
 */
export function buildUsageAuthorizations(
  types: readonly DemoLicenceType[],
  departments: readonly DemoDepartment[],
  random: SeededRandom
): DemoTypeAuthorization[] {
  return types
    .filter((type) => type.registered)
    .map((type) => {
      const keys = new Set([...type.issuers.map((issuer) => issuer.key), 'dsj', 'zwfwzx'])
      const extra = random.int(2, 5)
      while (keys.size < type.issuers.length + 2 + extra) keys.add(random.pick(departments).key)
      return {
        typeCode: type.typeCode,
        units: departments
          .filter((department) => keys.has(department.key))
          .map(({ record }) => ({ departmentId: record.id, name: record.name, uscc: record.uscc }))
      }
    })
}

/**
 * The city's 用证授权 as stored records, one per unit and type, the shape an import of them
 * produces. Every one was granted on the first day of the data and has no end.
 */
export function usageAuthorizationRecords(
  authorizations: readonly DemoTypeAuthorization[],
  grantedOn: string
): UsageAuthorization[] {
  return authorizations.flatMap(({ typeCode, units }) =>
    units.map((unit) => ({
      id: usageAuthorizationId(typeCode, unit.uscc),
      rev: 1,
      deleted: false,
      serverSeq: null,
      updatedAt: DEMO_EPOCH,
      typeCode,
      unit: { name: unit.name, uscc: unit.uscc },
      validFrom: grantedOn,
      validUntil: PERMANENT,
      basis: null
    }))
  )
}
