import { isoDateOfDayNumber } from '../calendar/iso-date'
import type { UsageRecord } from '../licences/usage-record'
import type { DemoTypeAuthorization } from './catalog'
import { at, formatInstant, TODAY } from './demo-time'
import type { DemoDepartment } from './departments'
import type { GroundTruth } from './ground-truth'
import { PLANTED_RATES } from './ground-truth'
import type { LicenceDraft } from './licence-factory'
import type { SeededRandom } from './prng'

/** Honest units stay well under the bulk-access limit on any one day. */
const HONEST_DAILY_CAP = 150
/** The bureau and its service centre, authorised for every type, are the bulk queriers. */
export const BULK_UNIT_KEYS = ['dsj', 'zwfwzx'] as const

/** What a later bulk burst needs to know about an earlier licence. */
export interface UsableLicence {
  id: string
  typeCode: string
  pushDay: number
  usableUntil: number
}

type Unit = UsageRecord['usingUnit']

const CHANNELS: readonly UsageRecord['channel'][] = ['counter', 'online', 'kiosk', 'api']
const UNLAWFUL_REFUSALS = [
  '要求另行提供纸质原件',
  '窗口未接入电子证照核验，要求提供实体证照',
  '经办人员不认可电子证照效力'
]

export class UsageGenerator {
  private serial = 0
  private readonly unitDayCounts = new Map<string, number>()
  private readonly authorized = new Map<string, Unit[]>()
  private readonly allUnits: Unit[]
  readonly bulkUnits: Unit[]

  constructor(
    private readonly random: SeededRandom,
    authorizations: readonly DemoTypeAuthorization[],
    departments: readonly DemoDepartment[],
    private readonly violations: GroundTruth['violations']
  ) {
    for (const authorization of authorizations) {
      this.authorized.set(
        authorization.typeCode,
        authorization.units.map((unit) => ({ name: unit.name, uscc: unit.uscc }))
      )
    }
    this.allUnits = departments.map(({ record }) => ({ name: record.name, uscc: record.uscc }))
    this.bulkUnits = departments
      .filter((department) => (BULK_UNIT_KEYS as readonly string[]).includes(department.key))
      .map(({ record }) => ({ name: record.name, uscc: record.uscc }))
  }

  private record(
    licenceId: string,
    typeCode: string,
    unit: Unit,
    instant: number,
    result: UsageRecord['result'],
    matter: UsageRecord['matter'],
    channel: UsageRecord['channel']
  ): UsageRecord {
    this.serial += 1
    const usedAt = formatInstant(instant)
    return {
      id: `use-${String(this.serial).padStart(9, '0')}`,
      rev: 1,
      deleted: false,
      serverSeq: this.serial,
      updatedAt: usedAt,
      licenceId,
      typeCode,
      usingUnit: unit,
      matter,
      channel,
      usedAt,
      result
    }
  }

  /** Reserves a slot for `unit` on `day`; false once an honest unit has had its fill. */
  private takeSlot(unit: Unit, day: number): boolean {
    const key = `${unit.uscc}|${day}`
    const count = this.unitDayCounts.get(key) ?? 0
    if (count >= HONEST_DAILY_CAP) return false
    this.unitDayCounts.set(key, count + 1)
    return true
  }

  /** Uses of one licence while usable, lawful refusals after it ended, and planted misuse. */
  forLicence(draft: LicenceDraft): UsageRecord[] {
    const units = this.authorized.get(draft.type.typeCode)
    if (draft.pushDay === null || !units) return []
    const random = this.random
    const records: UsageRecord[] = []
    const count = random.weighted([
      [0, 35],
      [1, 35],
      [2, 15],
      [3, 10],
      [5, 5]
    ] as const)
    const from = draft.pushDay + 1
    for (let i = 0; i < count && from <= draft.usableUntil; i++) {
      const day = random.int(from, draft.usableUntil)
      const instant = at(day, random.int(8 * 3600, 20 * 3600))
      const draw = random.next()
      const unauthorized = draw < PLANTED_RATES['usage.unauthorized-unit'].rate
      const unit = unauthorized
        ? random.pick(
            this.allUnits.filter((candidate) => !units.some((u) => u.uscc === candidate.uscc))
          )
        : random.pick(units)
      if (!this.takeSlot(unit, day)) continue
      const refusedValid =
        !unauthorized &&
        draw <
          PLANTED_RATES['usage.unauthorized-unit'].rate + PLANTED_RATES['usage.refused-valid'].rate
      const result: UsageRecord['result'] = refusedValid
        ? { kind: 'refused', reason: random.pick(UNLAWFUL_REFUSALS) }
        : random.chance(0.01)
          ? { kind: 'verifyFailed', reason: '核验服务暂时不可用' }
          : { kind: 'accepted' }
      const matter = { name: `${draft.type.spec.name}相关业务办理`, code: null }
      const usage = this.record(
        draft.licence.id,
        draft.type.typeCode,
        unit,
        instant,
        result,
        matter,
        random.pick(CHANNELS)
      )
      if (unauthorized) this.violations['usage.unauthorized-unit'].push(usage.id)
      if (refusedValid) this.violations['usage.refused-valid'].push(usage.id)
      records.push(usage)
    }
    if (draft.refusableFrom !== null && draft.refusableFrom <= TODAY && random.chance(0.25)) {
      const day = random.int(draft.refusableFrom, TODAY)
      const unit = random.pick(units)
      if (this.takeSlot(unit, day)) {
        records.push(
          this.record(
            draft.licence.id,
            draft.type.typeCode,
            unit,
            at(day, random.int(9 * 3600, 17 * 3600)),
            { kind: 'refused', reason: '证照已注销、吊销或废止，不予采信' },
            { name: `${draft.type.spec.name}相关业务办理`, code: null },
            'counter'
          )
        )
      }
    }
    return records
  }

  /**
   * A planted `usage.bulk-access`: one of the bulk units uses 201–240 distinct licences usable on
   * one recent day. Null when too few of `candidates` were usable that day.
   */
  bulkBurst(candidates: readonly UsableLicence[]): UsageRecord[] | null {
    const random = this.random
    const day = random.int(TODAY - 120, TODAY)
    const usable = candidates.filter(
      (licence) => licence.pushDay < day && day <= licence.usableUntil
    )
    const count = random.int(201, 240)
    if (usable.length < count) return null
    const unit = random.pick(this.bulkUnits)
    for (let i = usable.length - 1; i > 0; i--) {
      const j = random.int(0, i)
      const swap = usable[i] as UsableLicence
      usable[i] = usable[j] as UsableLicence
      usable[j] = swap
    }
    const key = `${unit.uscc}|${day}`
    this.unitDayCounts.set(key, (this.unitDayCounts.get(key) ?? 0) + count)
    this.violations['usage.bulk-access'].push(`${unit.uscc}@${isoDateOfDayNumber(day)}`)
    return usable
      .slice(0, count)
      .map((licence) =>
        this.record(
          licence.id,
          licence.typeCode,
          unit,
          at(day, random.int(9 * 3600, 17 * 3600)),
          { kind: 'accepted' },
          { name: '批量数据核查', code: null },
          'api'
        )
      )
  }
}
