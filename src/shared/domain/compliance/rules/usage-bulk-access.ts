import { z } from 'zod'
import { message } from '../../../i18n/message'
import type { UsageRecord } from '../../licences/usage-record'
import { citeProvision } from '../articles'
import { isoDateOf } from '../deadlines'
import { dayParam } from '../explain'
import { evidenceOf } from '../finding'
import { defineRule, unitDayKey } from '../rule'

/**
 * `usage.bulk-access` 31(三) (泄漏数据 risk), Art. 28: one unit using more distinct licences in one
 * day than any case-by-case business needs. The threshold is the Bureau's; a unit's own batch
 * verification runs under a separate authorisation the Bureau can raise it for.
 */
export const usageBulkAccessRule = defineRule(
  z.object({ dailyDistinctLicenceLimit: z.int().min(1).max(1_000_000).default(200) }),
  {
    id: 'usage.bulk-access',
    kind: 3,
    provision: 'art28',
    title: message('compliance.rule.usageBulkAccess'),
    subjectType: 'unitDay',
    scope: 'unitDay',
    correction: (count, { dailyDistinctLicenceLimit }) =>
      message('compliance.correction.usageBulkAccess', { count, limit: dailyDistinctLicenceLimit }),
    prepare(context, { dailyDistinctLicenceLimit }) {
      // Uses grouped by unit, then by day number: the day needs no string key per record.
      const byUnit = new Map<string, { name: string; days: Map<number, UsageRecord[]> }>()
      return {
        add(usage, day) {
          if (day === undefined) return
          let unit = byUnit.get(usage.usingUnit.uscc)
          if (!unit) {
            unit = { name: usage.usingUnit.name, days: new Map() }
            byUnit.set(usage.usingUnit.uscc, unit)
          }
          const uses = unit.days.get(day)
          if (uses) uses.push(usage)
          else unit.days.set(day, [usage])
        },
        finish(emit) {
          for (const [uscc, unit] of byUnit) {
            for (const [day, uses] of unit.days) {
              if (uses.length <= dailyDistinctLicenceLimit) continue
              const licences = new Set(uses.map((usage) => usage.licenceId)).size
              if (licences <= dailyDistinctLicenceLimit) continue
              const subjectId = unitDayKey({ uscc, date: isoDateOf(day) })
              emit({
                subjectId,
                sourceId: subjectId,
                departmentId: context.departmentOfUnit(uscc),
                explanation: message('compliance.explanation.usageBulkAccess', {
                  citation: citeProvision('art28'),
                  unit: unit.name,
                  uscc,
                  day: dayParam(day),
                  count: licences,
                  limit: dailyDistinctLicenceLimit
                }),
                evidence: evidenceOf({
                  recordIds: uses.map((usage) => usage.id),
                  actual: isoDateOf(day),
                  facts: {
                    unitUscc: uscc,
                    unitName: unit.name,
                    distinctLicences: licences,
                    limit: dailyDistinctLicenceLimit
                  }
                })
              })
            }
          }
        }
      }
    }
  }
)
