import type { CatalogEntry } from '../licences/catalog-entry'
import type { Department } from '../licences/department'
import type { Licence } from '../licences/licence'
import type { Objection } from '../licences/objection'
import type { UsageAuthorization } from '../licences/usage-authorization'
import type { UsageRecord } from '../licences/usage-record'
import { keyedHasher, type HolderCodeHasher } from '../privacy/holder-hash'
import { toStoredHolder } from '../privacy/stored-holder'
import {
  buildCatalog,
  buildUsageAuthorizations,
  resolveLicenceTypes,
  usageAuthorizationRecords,
  type DemoLicenceType
} from './catalog'
import { DemoDeadlines } from './demo-time'
import { buildDepartments } from './departments'
import {
  DEMO_FIRST_DAY,
  DEMO_TODAY,
  emptyViolations,
  PLANTED_RATES,
  type GroundTruth
} from './ground-truth'
import { draftLicence, type LicenceDraft } from './licence-factory'
import {
  blankMandatoryMetadata,
  breakHolderCode,
  breakIdentifierCheck,
  pickLicencePlant,
  type LicencePlant
} from './licence-plants'
import { ObjectionGenerator } from './objections'
import { SeededRandom } from './prng'
import { UsageGenerator, type UsableLicence } from './usage'

/** Bumped whenever the same seed would produce different data. */
export const DEMO_GENERATOR_VERSION = '1.0.0'
export const DEFAULT_DEMO_LICENCES = 50_000
export const DEFAULT_DEMO_SEED = 'xuchang-2026'

export interface DemoOptions {
  licences?: number
  seed?: string | number
  /** Licences per yielded batch; memory stays proportional to it. */
  batchSize?: number
  /**
   * The installation's hash of 持证主体代码 (main's key, in the app), so a person's full ID finds
   * their demo licences; without it a key derived from the seed keeps the output reproducible.
   */
  holderHash?: HolderCodeHasher
}

/** The small tables, built in full up front. */
export interface DemoReference {
  departments: Department[]
  catalog: CatalogEntry[]
  usageAuthorizations: UsageAuthorization[]
}

export interface DemoBatch {
  licences: Licence[]
  usageRecords: UsageRecord[]
  objections: Objection[]
}

export interface DemoCity {
  reference: DemoReference
  /** The large tables in batches; the generator's return value is the complete ground truth. */
  batches: AsyncGenerator<DemoBatch, GroundTruth, void>
}

/** Licences a bulk burst may draw from: the most recent usable ones. */
const RESERVOIR_SIZE = 4000
const LICENCES_PER_BULK_BURST = 25_000

/**
 * The embedded demo city. Departments and type codes come from a fixed reference seed (they are
 * the city's, not the sample's); everything else from `seed`.
 */
export function createDemoCity(options: DemoOptions = {}): DemoCity {
  const seed = options.seed ?? DEFAULT_DEMO_SEED
  const reference = new SeededRandom('xuchang-reference')
  const random = new SeededRandom(seed)
  const departments = buildDepartments(reference.fork('departments'))
  const types = resolveLicenceTypes(departments, reference.fork('definers'))
  const violations = emptyViolations()
  const catalog = buildCatalog(
    types,
    random.fork('catalog'),
    PLANTED_RATES['catalog.incomplete'].rate
  )
  violations['catalog.incomplete'].push(...catalog.incompleteIds)
  const usageAuthorizations = buildUsageAuthorizations(
    types,
    departments,
    random.fork('authorizations')
  )
  return {
    reference: {
      departments: departments.map((department) => department.record),
      catalog: catalog.entries,
      usageAuthorizations: usageAuthorizationRecords(usageAuthorizations, DEMO_FIRST_DAY)
    },
    batches: licenceBatches({
      count: options.licences ?? DEFAULT_DEMO_LICENCES,
      batchSize: options.batchSize ?? 5000,
      random,
      types,
      usage: new UsageGenerator(random.fork('usage'), usageAuthorizations, departments, violations),
      violations,
      holderHash: options.holderHash
    })
  }
}

interface BatchContext {
  count: number
  batchSize: number
  random: SeededRandom
  types: readonly DemoLicenceType[]
  usage: UsageGenerator
  violations: GroundTruth['violations']
  holderHash: HolderCodeHasher | undefined
}

async function* licenceBatches(
  context: BatchContext
): AsyncGenerator<DemoBatch, GroundTruth, void> {
  const { count, random, violations } = context
  const licenceRandom = random.fork('licences')
  // Drawn from only in licence order, after hashing, so the batch size cannot change the data.
  const plantRandom = random.fork('plants')
  const deadlines = new DemoDeadlines()
  const objections = new ObjectionGenerator(random.fork('objections'), deadlines, violations)
  // Forked even when a key is given, so the key never changes what else is drawn.
  const keyRandom = random.fork('holder-hash-key')
  const hash =
    context.holderHash ?? keyedHasher(Uint8Array.from({ length: 32 }, () => keyRandom.int(0, 255)))
  const registered = context.types.filter((type) => type.registered)
  const byWeight = registered.map((type) => [type, type.spec.weight] as const)
  const finite = byWeight.filter(([type]) => type.spec.validity !== '0/L')
  const unregistered = context.types.filter((type) => !type.registered)
  const bursts = count >= 2000 ? Math.max(1, Math.round(count / LICENCES_PER_BULK_BURST)) : 0
  const burstAt = new Set(
    Array.from({ length: bursts }, (_, k) => Math.floor((count * (k + 1)) / (bursts + 1)))
  )
  // A ring of the most recent usable licences.
  const reservoir: UsableLicence[] = []
  let reservoirNext = 0
  const latePushRate = {
    online: PLANTED_RATES['push.online-late'].rate,
    offline: PLANTED_RATES['push.offline-late'].rate,
    bulk: PLANTED_RATES['push.bulk-late'].rate
  }

  for (let start = 1; start <= count; start += context.batchSize) {
    const end = Math.min(count, start + context.batchSize - 1)
    const drafts: { draft: LicenceDraft; plant: LicencePlant | null }[] = []
    for (let index = start; index <= end; index++) {
      const plant = pickLicencePlant(licenceRandom)
      const type =
        plant === 'catalog.unregistered-type'
          ? licenceRandom.pick(unregistered)
          : licenceRandom.weighted(plant === 'data.expired-shown-valid' ? finite : byWeight)
      const draft = draftLicence(licenceRandom, deadlines, {
        index,
        type,
        expiredShownValid: plant === 'data.expired-shown-valid',
        statusLateRate: PLANTED_RATES['status.late'].rate,
        latePushRate: plant === null ? latePushRate : {}
      })
      if (plant === 'data.invalid-code')
        draft.rawHolder = breakHolderCode(licenceRandom, draft.rawHolder)
      drafts.push({ draft, plant })
    }
    const holders = await Promise.all(
      drafts.map(({ draft }) => toStoredHolder(draft.rawHolder, hash, { today: DEMO_TODAY }))
    )
    const batch: DemoBatch = { licences: [], usageRecords: [], objections: [] }
    drafts.forEach(({ draft, plant }, i) => {
      const stored = holders[i]
      if (!stored?.ok) throw new Error(`demo holder rejected: ${JSON.stringify(stored)}`)
      const licence: Licence = { ...draft.licence, holder: stored.holder }
      plantLicence(plantRandom, licence, draft, plant, violations)
      batch.licences.push(licence)
      batch.usageRecords.push(...context.usage.forLicence(draft))
      const objection = objections.forLicence(draft)
      if (objection) batch.objections.push(objection)
      if (draft.type.registered && draft.pushDay !== null) {
        reservoir[reservoirNext % RESERVOIR_SIZE] = {
          id: licence.id,
          typeCode: licence.typeCode,
          pushDay: draft.pushDay,
          usableUntil: draft.usableUntil
        }
        reservoirNext += 1
      }
      const index = start + i
      if (burstAt.has(index)) batch.usageRecords.push(...(context.usage.bulkBurst(reservoir) ?? []))
    })
    yield batch
  }
  return { today: DEMO_TODAY, rates: PLANTED_RATES, violations }
}

function plantLicence(
  random: SeededRandom,
  licence: Licence,
  draft: LicenceDraft,
  plant: LicencePlant | null,
  violations: GroundTruth['violations']
): void {
  draft.lateStatusIndices.forEach((index) =>
    violations['status.late'].push(`${licence.id}#${index}`)
  )
  if (draft.pushLate)
    violations[`push.${licence.generationMode as 'online' | 'offline' | 'bulk'}-late`].push(
      licence.id
    )
  switch (plant) {
    case null:
      return
    case 'metadata.missing':
      // Only a pushed licence carries metadata the library can check.
      if (licence.pushedAt === null) return
      blankMandatoryMetadata(random, licence)
      break
    case 'data.invalid-code':
      if (licence.holder.codeType !== '001')
        licence.identifier = breakIdentifierCheck(random, licence.identifier)
      break
    case 'data.missing-seal':
      licence.sealPresent = false
      break
    case 'catalog.unregistered-type':
    case 'data.expired-shown-valid':
      break
  }
  violations[plant].push(licence.id)
}
