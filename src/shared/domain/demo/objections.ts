import type { Objection } from '../licences/objection'
import { at, dayOf, type DemoDeadlines, formatInstant, officeSecond, TODAY } from './demo-time'
import type { GroundTruth } from './ground-truth'
import { PLANTED_RATES } from './ground-truth'
import type { LicenceDraft } from './licence-factory'
import type { SeededRandom } from './prng'

/** Share of pushed licences that draw an objection (异议复核申请). */
const OBJECTION_RATE = 0.01

export class ObjectionGenerator {
  private serial = 0

  constructor(
    private readonly random: SeededRandom,
    private readonly deadlines: DemoDeadlines,
    private readonly violations: GroundTruth['violations']
  ) {}

  /** An objection about the licence now and then; replied within Art. 24's 5 working days unless planted. */
  forLicence(draft: LicenceDraft): Objection | null {
    const random = this.random
    if (draft.pushDay === null || !draft.type.registered || draft.pushDay + 1 > TODAY) return null
    if (!random.chance(OBJECTION_RATE)) return null
    const filedAt = at(random.int(draft.pushDay + 1, TODAY), random.int(7 * 3600, 22 * 3600))
    const filedDay = dayOf(filedAt)
    const receivedDay = this.deadlines.lastDay(filedDay, 0)
    const receivedAt =
      receivedDay === filedDay
        ? Math.min(filedAt + random.int(300, 7200), at(filedDay, 86_399))
        : at(receivedDay, officeSecond(random))
    const lastDay = this.deadlines.lastDay(receivedDay, 5)
    const replyAfter = (day: number): number =>
      day === receivedDay
        ? Math.min(receivedAt + random.int(3600, 4 * 3600), at(day, 86_399))
        : at(day, officeSecond(random))

    let repliedAt: number | null
    const late = lastDay < TODAY && random.chance(PLANTED_RATES['objection.late'].rate)
    if (late) {
      repliedAt = random.chance(0.5)
        ? null
        : replyAfter(random.int(lastDay + 1, Math.min(lastDay + 20, TODAY)))
    } else if (lastDay < TODAY || random.chance(0.5)) {
      repliedAt = replyAfter(random.int(receivedDay, Math.min(lastDay, TODAY)))
    } else {
      repliedAt = null
    }
    this.serial += 1
    const id = `obj-${String(this.serial).padStart(7, '0')}`
    if (late) this.violations['objection.late'].push(id)
    return {
      id,
      rev: 1,
      deleted: false,
      serverSeq: this.serial,
      updatedAt: formatInstant(repliedAt ?? receivedAt),
      licenceId: draft.licence.id,
      filedAt: formatInstant(filedAt),
      receivedAt: formatInstant(receivedAt),
      repliedAt: repliedAt === null ? null : formatInstant(repliedAt),
      outcome: repliedAt === null ? 'pending' : random.chance(0.4) ? 'corrected' : 'upheld',
      issuerDepartmentId: draft.issuer.record.id
    }
  }
}
